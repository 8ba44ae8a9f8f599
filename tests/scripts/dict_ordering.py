# dict insertion order and overwrite order
d = {}
d["zeta"] = 1
d["alpha"] = 2
d["mid"] = 3
print(d, list(d), list(d.keys()), list(d.values()))
d["zeta"] = 100
print(d)
del d["alpha"]
d["alpha"] = 4
print(d)
d.update({"mid": 33, "new": 5})
print(d)
d.update([("x", 1), ("zeta", 0)])
print(d)
d.update(y=2, alpha=-1)
print(d)
e = {3: "c", 1: "a", 2: "b"}
print(e, sorted(e), list(e.items()))
e.pop(1)
e[1] = "A"
print(e)
f = dict([("b", 1), ("a", 2), ("b", 3)])
print(f)
g = {"k": 1, "k": 2}
print(g)
h = {**e, **f, 3: "override"}
print(h)
merged = dict(e)
merged.update(f)
print(merged)
i = {}
for w in "the cat sat on the mat the end".split():
    i[w] = i.get(w, 0) + 1
print(i)
print(list(i.items())[:3])
