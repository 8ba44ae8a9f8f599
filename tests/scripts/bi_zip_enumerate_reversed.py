# zip, enumerate (with start), reversed
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("abc", range(10), (True, False, None))))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
print(list(enumerate("xyz")), list(enumerate("xyz", 1)), list(enumerate("xy", start=-2)), list(enumerate([])))
for i, (a, b) in enumerate(zip("pq", "rs"), start=10):
    print(i, a, b)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(5))))
print(list(reversed(range(0, 10, 3))), "".join(reversed("hello")), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), next(r), list(r), list(r))
e = enumerate("ab")
print(next(e), list(e))
z = zip("ab", "cd")
print(next(z), list(z), list(z))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(list(d))), list(enumerate(d)), list(zip(d, d.values())))
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    enumerate(3)
except TypeError as e:
    print("TypeError", e)
names = ["ann", "bob"]
scores = [90, 85, 77]
for n, s in zip(names, scores):
    print(n, s)
print([i * v for i, v in enumerate([5, 5, 5])], sum(i for i, _ in enumerate(range(100))))
m = [[1, 2, 3], [4, 5, 6]]
print([list(c) for c in zip(*m)], list(map(sum, zip(*m))))
