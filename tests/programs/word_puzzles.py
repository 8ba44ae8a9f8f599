"""Word games on unicode text: slicing, case mapping, anagrams and formatting."""

TEXT = """Straße und Größe — the naïve café owner said: "Ça va?"
Was it a car or a cat I saw? Never odd or even. ǅemal visited İstanbul.
Madam, in Eden I'm Adam; a man, a plan, a canal: Panama!"""


def letters(s):
    return "".join(c for c in s.casefold() if c.isalpha())


def is_palindrome(s):
    t = letters(s)
    return len(t) > 1 and t == t[::-1]


lines = TEXT.splitlines()
for ln in lines:
    for sentence in ln.replace("!", ".").replace("?", ".").split("."):
        s = sentence.strip()
        if s:
            print(f"{is_palindrome(s)!s:>5} | {s[:30]!r}")

words = TEXT.split()
print(len(words), words[:4], words[-3:], words[::7])
print([w.upper() for w in words[:4]], [w.lower() for w in words[:4]])
print("Straße".upper(), "Straße".casefold(), "ǅemal".swapcase(), "ǅemal".title(), "İ".lower().encode if False else len("İ".lower()))
print("naïve café".title(), "o'neil mcdonald".title(), "hello world".capitalize(), "ABC def".swapcase())
s = "abcdefghij"
print(s[::-1], s[::-3], s[-2:2:-2], s[8:1:-3], s[-100:100:4], s[5:5], repr(s[10:]), s[::-1][::-1] == s)

groups = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:<8}{len(ws):>3}  {', '.join(ws)}")

line = "  --key=value--  "
print(repr(line.strip()), repr(line.strip(" -")), repr(line.lstrip(" -k")), repr(line.rstrip("- ")))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), " a  b ".split(), " a  b ".split(" "))
print("mississippi".count("ss"), "mississippi".count(""), "mississippi".replace("ss", "SS", 1), "abc".replace("", "."))
print("mississippi".find("ss", 3), "mississippi".rfind("ss"), "mississippi".find(""), "mississippi".rfind("", 2, 5))
print("ab" * 3, "ab" * 0, "ab" * -2, [0] * 3, ord("é"), chr(233), chr(0x1F600) == "\U0001F600", ord("€"))
print("%-8s|%8s|%08.3f|%+d|%x|%o|%e|%5.1f%%" % ("left", "right", 3.14159, 42, 255, 8, 12345.678, 99.5))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36}, "%c%c" % (72, "i"), "%r" % "q", "%5s|%-5s|" % ("ab", "cd"))
w = 12
print(f"{'centre':^{w}}|{'right':>{w}}|{'left':<{w}}|", f"{'x'!r:*^9}", f"{3.14159:{w}.{3}}|", f"{w=}")
print(f"{1234567:_}", f"{1234567:,}", f"{255:#x}", f"{255:#o}", f"{255:#b}", f"{-42:+06d}", f"{0.5:%}", f"{1e16}", f"{1e-5}")
print(repr(1e16), repr(1e-5), repr(-0.0), repr(float("nan")), repr(float("inf")), repr(123456789.0), repr(0.1 + 0.2))
try:
    ", ".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format("only")
except IndexError as e:
    print("IndexError:", e)
try:
    print(3 + "3")
except TypeError as e:
    print("TypeError:", e)
