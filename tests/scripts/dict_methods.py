# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
print(list(d.items()), list(d.keys()), list(d.values()))
c = d.copy()
c["a"] = -1
print(d, c, c is d, c == d)
c.clear()
print(c, len(c))
d.update({"a": 10})
print(d)
d.update(x=5)
print(d)
print(len(d), "a" in d, 1 in d, "x" not in d)
print(dict(a=1, b=2), dict({"k": 1}, z=0), dict(zip("abc", range(3))), dict())
print(dict([(1, 2), [3, 4]]))
keys = d.keys()
d["new"] = 0
print(list(keys), len(keys))
print(sorted(d.values()), sum(d.values()), max(d), min(d.items()))
dd = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd.setdefault(word[0], []).append(word)
print(dd)
print({k: len(v) for k, v in dd.items()})
print(d == {"a": 10, "b": 2, "c": 3, "x": 5, "new": 0}, {1: 2} != {1: 3})
v = d.pop("b")
print(v, d)
