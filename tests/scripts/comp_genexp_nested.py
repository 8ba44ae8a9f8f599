# generator expressions nested in each other and in comprehensions
rows = [[1, 2, 3], [4, 5], [], [6]]
print(sum(sum(v for v in r) for r in rows))
print(max(len(r) for r in rows), [sum(x for x in r) for r in rows])
print(list(x for r in rows for x in r if x % 2))
outer = (list(c * i for c in "ab") for i in range(1, 3))
print(list(outer))
g = ((i, j) for i in range(3) for j in (x for x in range(i)))
print(list(g))
inner = (x * 2 for x in range(5))
outer2 = (y + 1 for y in inner)
print(next(outer2), next(outer2), list(inner), list(outer2))
words = ["hello", "world", "gen", "expr"]
print(sorted(set(c for w in words for c in w if c in "aeiou")))
print(dict((w, sum(1 for c in w if c == "l")) for w in words))
print(any(all(c.isalpha() for c in w) for w in ["a1", "b2", "cc"]))
print(all(any(c.isdigit() for c in w) for w in ["a1", "b2", "cc"]))
table = [[r * c for c in range(1, 4)] for r in range(1, 4)]
print(list(sum(col) for col in zip(*table)))
print("\n".join(" ".join(str(v).rjust(2) for v in row) for row in table))
print(list(map(lambda g: sum(g), ((x, x + 1) for x in range(3)))))
chained = (x for x in (y * y for y in range(10)) if x % 2 == 0)
print(list(chained))
