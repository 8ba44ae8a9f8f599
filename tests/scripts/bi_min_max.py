# min / max with key and default, multiple args, ties
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(min([], default=None), max([], default="empty"), min((), default=0))
print(max([1, 2], default=99))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc", "dd"], key=len))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([(1, "b"), (1, "a")]))
print(max([1, -3, 2], key=abs), min([1, -3, 2, -1], key=abs))
print(max(["a", "B", "c"], key=str.lower), min("x", "Y", key=str.upper))
print(max([2, 3, 3.0]), max([3.0, 3]), min([1, True]), min([True, 1]))
print(max({3: "a", 7: "b"}), min(range(10, 0, -3)), max(x * x for x in range(-4, 3)))
print(max([], key=len, default="d"))
for bad in [lambda: min([]), lambda: max(()), lambda: max(1), lambda: min(1, "a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print("TypeError", e)
print(max(0.1, 0.2 - 0.1), min(-0.0, 0.0), max(0.0, -0.0))
print(max([float("inf"), 10 ** 100]), min([float("-inf"), -10 ** 100]))
print(max("apple", "pear", key=lambda s: s[-1]))
d = {"a": 3, "b": 7, "c": 5}
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
