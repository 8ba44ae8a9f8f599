# str.join over lists, tuples and iterators of one-character, multi-byte and
# longer pieces, and its errors.
print("".join(["a", "b", "c"]))
print("-".join(("x", "é", "日本", "", "z")))
print(", ".join(c for c in "hello"))
print("".join([]))
print("ab".join(["1"]))
print("|".join(["é"] * 3 + ["a"]))
print("".join(map(str, range(12))))
for bad in (["a", 1], ("a", None, "b"), [1.5]):
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)
chars = list("abcdefghij") * 20
for rep in range(50):
    s = "".join(chars)
print(len(s), s[:12])
words = ["alpha", "b", "γ", "delta"] * 5
for rep in range(50):
    s = " ".join(words)
print(s[:40], len(s))
