# dict iteration, in, comprehension
d = {"one": 1, "two": 2, "three": 3, "four": 4}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
for v in d.values():
    print(v * 10)
print([k for k in d if d[k] % 2 == 0])
sq = {x: x * x for x in range(6)}
print(sq)
inv = {v: k for k, v in d.items()}
print(inv)
print({k: v for k, v in sq.items() if v > 5})
print({c: ord(c) for c in "hello"})
print({(i, j): i * j for i in range(2) for j in range(2)})
print("one" in d, 1 in d, "one" in d.keys(), 1 in d.values(), ("one", 1) in d.items())
print(len(d), len({}), bool({}), bool(d))
count = {}
for ch in "mississippi":
    if ch in count:
        count[ch] += 1
    else:
        count[ch] = 1
print(count)
print(sorted(count.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(count, key=count.get), min(count, key=lambda k: count[k]))
nested = {"a": {"x": 1}, "b": {"y": 2}}
nested["a"]["z"] = 3
print(nested, nested["a"]["z"])
print(list(enumerate(d)), list(zip(d, d.values())))
del d["two"]
print(d, list(reversed(list(d))))
