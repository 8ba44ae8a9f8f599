# dict methods: get setdefault pop popitem update items keys values fromkeys copy clear
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
d.update(a=-1)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
ks = d.keys()
d["new"] = 0
print(len(ks), "new" in ks, list(ks)[-1])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
c.clear()
print(c, len(c), d == d.copy(), {} == dict())
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
print({1: "a"} == {1.0: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
inv = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inv, sorted(inv.items(), reverse=True))
m = {"k": 1}
for k in list(m):
    m[k + "2"] = m[k] * 2
print(m, "k" in m, "v" in m, 1 in m.values(), ("k", 1) in m.items())
del m["k"]
print(m, list(reversed(list(m.items()))))
