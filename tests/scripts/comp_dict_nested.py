# dict comprehensions: nested, conditional, inverting, grouping
words = ["apple", "avocado", "banana", "blueberry", "cherry", "date"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in {"a": 1, "b": 2, "c": 3}.items() if v != 2})
inv = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inv)
groups = {letter: [w for w in words if w[0] == letter] for letter in "abcd"}
print(groups)
print({i: {j: i * j for j in range(1, 4)} for i in range(1, 3)})
print({(i, j): i + j for i in range(2) for j in range(2) if i <= j})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: -kv[1])})
print({str(n): n ** 2 for n in range(6) if n % 2})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
print(dict((k, k * 2) for k in range(3)))
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})
print({k: [v] * v for k, v in zip(keys, vals)})
nested = {"x": {"p": 1, "q": 2}, "y": {"p": 3}}
print({(o, i): v for o, d in nested.items() for i, v in d.items()})
print(len({i % 5: i for i in range(100)}), {i % 5: i for i in range(100)})
