"""Assorted string-processing utilities like a user would write."""

TEXT = """The quick brown fox
  jumps over the lazy dog.\tTabs\tand  spaces

Last line, with punctuation!  """


def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,!?;:").lower()
        if w:
            out.append(w)
    return out


def title_case(s):
    small = {"a", "an", "the", "of", "over", "and"}
    parts = s.split(" ")
    return " ".join(p if (i and p.lower() in small) else p.capitalize() for i, p in enumerate(parts))


def caesar(s, k):
    res = []
    for ch in s:
        if ch.isupper():
            res.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            res.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            res.append(ch)
    return "".join(res)


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


print(words(TEXT))
print(TEXT.splitlines())
print(TEXT.splitlines(True)[:2])
print(TEXT.split("\n"), TEXT.split(None, 2))
print(TEXT.rsplit(None, 2), "a,b,,c".split(","), "a,b,,c".rsplit(",", 1), " x ".split(" "))
print(repr(TEXT.strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()), "xxhixx".strip("x"))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "nv".rpartition("="))
print("title".center(11, "*"), "title".center(10), "|" + "ab".center(5) + "|", "42".zfill(5), "-42".zfill(6), "+7".zfill(4))
print("hello world of python".title(), "they're bill's".title(), "ÉCOLE ß".lower(), "straße".upper())
print(title_case("the lord of the rings"), "hello".capitalize(), "hELLO wORLD".swapcase())
print(caesar("Hello, World!", 3), caesar(caesar("Round Trip", 11), 15))
for s in ["A man, a plan, a canal: Panama", "No lemon, no melon", "Python"]:
    print(f"{s!r:<34} palindrome={is_palindrome(s)}")
print("abc".ljust(6, ".") + "|", "abc".rjust(6) + "|", "tab\there".expandtabs(4), "a\tbc\td".expandtabs())
print("banana".count("a"), "banana".count("an"), "banana".find("na"), "banana".rfind("na"), "banana".find("x"), "banana".index("n", 3))
print("banana".replace("a", "o", 2), "aaa".replace("a", "aa"), "abc".replace("", "-"), "ab".startswith(("x", "a")), "file.py".endswith((".py", ".txt")))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "".isspace(), "Hello".istitle(), "ABC".isupper(), "abc".islower())
print(",".join(["a", "b", "c"]), "".join(reversed("stressed")), "-".join(str(n) for n in range(5)), " ".join([]))
print("%s" % "x" if False else "Mississippi".lower().split("ss"), "a b  c".split(" "), "CSV;data;;".split(";"))
table = {}
for w in words(TEXT):
    table[w[0]] = table.get(w[0], []) + [w]
print(sorted(table.items())[:4])
print(sorted(words(TEXT), key=len)[-3:], sorted(words(TEXT), key=lambda w: (-len(w), w))[:3])
print(max(words(TEXT), key=len), min(words(TEXT)), "fox" in TEXT, TEXT.count("\n"))
print("ünïcödé"[1:4], len("ünïcödé"), "日本語テキスト"[::-2], "ab" * 3, "-" * 0, "x".join("abc"))
print(repr("quote's"), repr('dq"s'), repr("both'\""), repr("nl\nand\\back"), repr("\x00\x7f\u00e9\u2603"))
print(str(12).rjust(4, "0"), "Ab".casefold() if hasattr("", "casefold") else "", "snake_case_name".split("_", 1), "a.b.c".rsplit(".", 1)[0])
print("  indented\n    more\n".splitlines(), "one\r\ntwo\rthree".splitlines(), "x\n\n".split("\n"))
print(ord("€"), chr(8364), chr(0x1F600) == "\U0001F600", ascii("é") if False else "é".encode if False else len("\U0001F600"))
print(str.upper("abc"), str.join("+", ["1", "2"]), "{}|{}".format(*"ab"), "abc"[5:], "abc"[-10:2], "abcdef"[::2], "abcdef"[4:1:-1])
