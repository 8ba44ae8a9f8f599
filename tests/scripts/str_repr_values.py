# str() and repr() of all value types
vals = [0, -5, 10 ** 25, 1.5, -0.0, 1e100, True, None, "plain", "it's", 'say "hi"',
        "both ' and \"", "new\nline", "back\\slash", "tab\t", "", "é中😀"]
for v in vals:
    print(str(v), "|", repr(v))
print([1, "a", 2.0, None, True])
print(("x",), (), (1, 2), ((1,), [2]))
print({"k": "v", 1: [1, 2], (1, 2): {"n": None}})
print({1, 2, 3}, set(), {})
print([["nested", ["deeper", ["deepest"]]]])
print(str(["it's"]), repr(["it's"]), str(['a"b']))
print([("\n", "\\")])
print(range(5), range(1, 10, 2), range(0), range(-3, 3))
print(str(range(2, 8)), repr(range(10, 0, -1)))
d = {"a": "x'y", "b": 'x"y', "c": "x'\"y"}
print(d)
print(repr(repr("q")), str(str("q")))
print([1.0, 0.1, 1e-10, float("inf"), float("nan")])
print((None, False, 0, 0.0, ""))
print(str({"nested": {"dict": [1, (2, 3)]}}))
print([[]], [()], [{}], ([],), {"e": []})
