# ends with KeyError
d = {"a": 1, "b": 2}
print(d["a"], d.get("c"), d.get("c", 0))
for k in ["a", "b", "missing"]:
    print(k, d[k])
