# dict and set comprehensions
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3])})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({w: len(w) for w in ["apple", "kiwi", "fig"]})
print({x % 3: x for x in range(10)})
print({x for x in range(10) if x % 3 == 0})
print({x % 4 for x in range(20)})
print(sorted({w[0] for w in ["bob", "alice", "bart", "carl"]}))
print({(x, y): x + y for x in range(2) for y in range(2)})
print({i: [j for j in range(i)] for i in range(4)})
print({k: v for k, v in {"a": 1, "b": 2, "c": 3}.items() if v != 2})
print({c: "vowel" if c in "aeiou" else "cons" for c in "hello"})
print(len({x for x in "mississippi"}), sorted({x for x in "mississippi"}))
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(2, 1)], len(grid), list(grid)[:4])
print({abs(x) for x in range(-3, 4)})
d = {i: i for i in range(3)}
e = {**d, **{k: -v for k, v in d.items() if k}}
print(e)
print({n: n % 2 == 0 for n in [5, 2, 5, 4]})
