# upper / lower / capitalize / title / swapcase / casefold, ASCII and Unicode
words = ["", "hello", "HELLO", "hello world", "hELLO wORLD", "they're bill's friends",
         "hello_world-foo bar9baz", "123abc", "a1b2 c3", "ß", "straße", "ﬁne ﬂow", "ǆemal",
         "ǅ", "ǉubav", "İstanbul", "ıi", "ΣΑΣ ΟΔΟΣ", "σας", "ὈΔΥΣΣΕΎΣ", "ᾳ ᾷ ᾼ", "ŉ",
         "Ǆ Ǉ Ǌ Ǳ", "ﬃ", "მარტი", "éCOLE Élève", "ÀÉÎÕÜ àéîõü", "ÿ", "µ", "ﬆ", "Ꭰꭰ",
         "ΣΑ Σ", "aΣb", "AΣ", "A Σ", "AΣ.", "Σ", "ΑΣ'Σ", "x.Σ", "hello\tthere\nfriend",
         "o'neil mc-donald", "3rd 4TH", "ǈ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.capitalize()), repr(w.title()),
          repr(w.swapcase()), repr(w.casefold()))
print("Straße".casefold() == "STRASSE".casefold(), "ΣΊΣΥΦΟΣ".casefold(), "ẞ".casefold(), "ı".casefold())
print("ÉCOLE".lower() == "école", "école".upper(), "αβγ".upper(), "ΑΒΓ".lower())
print(sorted(["b", "A", "c", "B", "a"], key=str.lower), sorted(["b", "A", "C"], key=str.casefold))
print(list(map(str.title, ["the cat", "o'neil"])), list(map(str.capitalize, ["aBC", "Déjà"])))
print(str.upper("x"), str.lower("ABC"), str.swapcase("aBc"), str.title("ab cd"))
print("hello world".title().swapcase().capitalize())
try:
    "abc".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".lower(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.title()
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.capitalize(5)
except TypeError as e:
    print(type(e).__name__, e)
