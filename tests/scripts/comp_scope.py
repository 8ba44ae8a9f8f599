# comprehension scope: loop variable does not leak
x = "outer x"
squares = [x * 2 for x in range(3)]
print(x, squares)
i = -1
d = {i: i for i in range(2)}
print(i, d)
s = {y for y in range(3)}
print(sorted(s))
total = sum(k for k in range(5))
print(total)
n = 10
print([n + j for j in range(3)])
def f():
    base = 100
    return [base + v for v in range(3)]
print(f())
def g():
    items = [1, 2, 3]
    return [[v * w for w in items] for v in items]
print(g())
fns = [lambda: v for v in range(3)]
print([fn() for fn in fns])
v = "v still outer"
print(v)
nested = [[a for a in range(b)] for b in range(4)]
print(nested)
matrix = [[1, 2], [3, 4]]
row = "row outer"
flat = [c for row in matrix for c in row]
print(flat, row)
acc = []
r = [acc.append(q) for q in "ab"]
print(r, acc)
