# nested list comprehensions with conditions
print([(x, y) for x in range(4) for y in range(x) if (x + y) % 2])
print([x * y for x in range(1, 4) if x != 2 for y in range(1, 4) if y != x])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print([[v * 10 if v > 4 else v for v in row] for row in matrix])
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
print([[j for j in range(i)] for i in range(5) if i % 2 == 0])
words = ["apple", "bob", "kayak", "tree", "level", "noon"]
print([w for w in words if w == w[::-1] and len(w) > 3])
print([len(w) for w in words if "e" in w])
print([i for i, ch in enumerate("mississippi") if ch == "s"])
print([x if x >= 0 else -x for x in [-3, 1, -4, 1, -5]])
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
print([sum(row) for row in matrix], sum([sum(row) for row in matrix]))
print([[x for x in row if x > 2] for row in matrix])
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1]])
