# ends with KeyError
d = {"a": 1, "b": 2}
print(d["a"], d.get("c"), d.get("c", 0))
inv = {v: k for k, v in d.items()}
print(inv, inv[2])
d["c"] = 3
print(d, len(d), "c" in d)
print(d.setdefault("d", 4), d.pop("d"), d)
for k, v in d.items():
    print(k, v)
for k in ["a", "b", "missing"]:
    print(k, d[k])
