# reversed() of dict views (Python 3.8+).
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d.items())))
print(list(reversed(d.values())))
print(list(reversed(d.keys())))
print(list(reversed(d)))
del d["b"]
d["z"] = 26
d["a"] = 0
print(list(reversed(d.items())), list(reversed(d.values())), list(reversed(d.keys())))
print(list(reversed({}.items())), list(reversed({}.keys())))
for k, v in reversed(d.items()):
    print(k, v)
it = reversed(d.values())
print(next(it), next(it))
print([k for k in reversed(d.keys()) if k != "c"])
print(sorted(reversed(d.items()), key=lambda kv: kv[1]))
