# str.split / rsplit with and without sep and maxsplit
s = "  a  b\tc\nd  "
print(s.split(), s.split(" "), s.split(None, 1), s.split(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), ",".split(","), "".split(","), "".split())
print("a--b--c".split("--"), "a--b--c".split("--", 1), "abc".split("abc"), "abc".split("x"))
print("a b c d".rsplit(None, 2), "a,b,c,d".rsplit(",", 1), "a,b,c".rsplit(","), "  x  y ".rsplit())
print("a b c".split(" ", 0), "a b c".split(" ", -1), "a b c".rsplit(" ", 0))
print("   ".split(), "   ".split(" "), "x".split(), "\n\nx\n".split("\n"))
print("1 2 3".split(maxsplit=1), "one,two;three".split(";")[0].split(","))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
print("line1\nline2\r\nline3\n".splitlines(), "".splitlines(), "a\n\nb".splitlines(), "x\n".splitlines())
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "path/to/file.txt".rsplit("/", 1)[-1])
parts = "2024-01-15".split("-")
print([int(p) for p in parts], "-".join(reversed(parts)))
print("a\u3000b".split(), "a\x0bb\x0cc".split())
row = "name | age | city"
print([c.strip() for c in row.split("|")], row.split(" | "))
