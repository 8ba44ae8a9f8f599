# strip / case / predicates
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abc".strip("")))
print(repr("--a--".lstrip("-")), repr("--a--".rstrip("-")), repr("aaa".strip("a")))
print("Hello World".upper(), "Hello World".lower(), "MiXeD 123".lower())
print("abc".isalpha(), "ab1".isalpha(), "".isalpha(), "éü".isalpha(), "中文".isalpha())
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "  ".isspace(), " a ".isspace(), "".isspace())
print("\t\n ".isspace(), "0".isdigit(), "-1".isdigit(), "1.5".isdigit())
print("straße".upper(), "ÉCOLE".lower(), "ǅ".lower(), "ß".upper())
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"), "hello".endswith(""))
print("hello".startswith(("x", "h")), "hello".endswith(("a", "b")), "hello".startswith("l", 2))
print("hello".endswith("l", 0, 4), "".startswith(""))
names = ["  alice ", "BOB", "Carol  "]
print([n.strip().lower() for n in names])
print([n.strip().upper() for n in names])
line = "# comment"
print(line.lstrip("#").strip(), line.startswith("#"))
