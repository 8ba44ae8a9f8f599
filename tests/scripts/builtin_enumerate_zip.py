# enumerate and zip
names = ["ann", "bob", "cat"]
print(list(enumerate(names)))
print(list(enumerate(names, 1)), list(enumerate(names, start=10)), list(enumerate("ab", -1)))
for i, n in enumerate(names, start=1):
    print(f"{i}. {n}")
ages = [30, 25]
print(list(zip(names, ages)))
print(list(zip(names, ages, "xyz")))
print(list(zip()), list(zip([])), list(zip("abc")))
print(dict(zip(names, range(3))))
a, b = zip(*[(1, 'a'), (2, 'b'), (3, 'c')])
print(a, b)
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(col) for col in zip(*m)])
for x, y in zip(range(3), range(10, 13)):
    print(x + y)
e = enumerate("hi")
print(next(e), next(e))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
print(sum(i * v for i, v in enumerate([5, 6, 7])))
pairs = list(zip("abc", [1, 2, 3]))
print(pairs, [p[0] * p[1] for p in pairs])
print(list(zip(range(5), range(5, 0, -1))))
