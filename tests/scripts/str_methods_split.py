# str.split / rsplit / splitlines / join
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".split(",", 0))
print("a,b,c".rsplit(",", 1), "a,b,c".rsplit(","), "a b c d".rsplit(None, 2))
print("".split(), "".split(","), "   ".split(), " x ".split(" "))
print("a--b--c".split("--"), "abc".split("abc"), "aaa".split("a"))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1))
print("1 2  3".split(" ", 2))
text = "line1\nline2\r\nline3\rline4\n\nline6"
print(text.splitlines())
print("no newline".splitlines(), "end\n".splitlines(), "".splitlines(), "\n".splitlines())
print(text.splitlines(True))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]))
print(" ".join("abc"), "|".join(("p", "q")), "+".join(str(i) for i in range(5)))
words = "the rain in spain falls mainly".split()
print(len(words), words[2], "-".join(reversed(words)))
csv = "name=ann;age=30;city=oslo"
pairs = [p.split("=") for p in csv.split(";")]
print(pairs)
print({k: v for k, v in pairs})
print("  x  y  ".split(None), "a\tb\nc".split())
print("k:v:w".split(":", -1), "k:v:w".rsplit(":", 5))
