# str methods: join strip replace startswith endswith find index count zfill ljust rjust center
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "|".join(str(i) for i in range(3)))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError", e)
print(repr("  xx  ".strip()), repr("xxhixx".strip("x")), repr("  a ".lstrip()), repr(" a  ".rstrip()), "abcba".strip("ab"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abab".replace("ab", ""), "x".replace("y", "z"))
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".endswith("lo"), "hello".endswith(("a", "b")), "".startswith(""))
print("hello".startswith("l", 2), "hello".endswith("l", 0, 4))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".find(""), "hello".find("l", 3), "hello".find("h", 1))
print("hello".index("e"), "hello".count("l"), "aaaa".count("aa"), "abc".count(""), "hello".count("l", 3))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError", e)
try:
    "hello".index("q")
except ValueError as e:
    print("ValueError", e)
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2), "".zfill(2))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "*")), repr("ab".center(7, "-")), repr("abc".center(6)), repr("ab".center(1)))
print("Hello World".upper(), "Hello World".lower(), "123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha())
print(" \t\n".isspace(), "".isspace(), " a ".isspace(), "ÉÀ".isalpha(), "²".isdigit())
print("a{}b{}".format(1, 2), "x".join("abc").split("x"), "Mississippi".lower().count("ss"))
