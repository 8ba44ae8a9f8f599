# nested unpacking in for loops
pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, name in pairs:
    print(n, name)
nested = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in nested:
    print(a, b, c, a + b + c)
for i, (x, y) in enumerate([(10, 20), (30, 40)]):
    print(i, x, y)
for first, *others in [[1, 2, 3], [4], [5, 6]]:
    print(first, others)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
points = [(0, 0), (3, 4), (-1, 1)]
dists = []
for x, y in points:
    dists.append(x * x + y * y)
print(dists)
for i, (k, v) in enumerate(sorted({"z": 26, "a": 1, "m": 13}.items())):
    print(i, k, v)
matrix = [[1, 2], [3, 4]]
for [p, q] in matrix:
    print(p * q)
for x, in [(1,), (2,)]:
    print(x)
total = 0
for _, val in [("a", 5), ("b", 7)]:
    total += val
print(total)
