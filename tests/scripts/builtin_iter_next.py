# iter and next with default
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
s = iter("ab")
print(next(s), next(s), next(s, "-"))
d = iter({"x": 1, "y": 2})
print(next(d), next(d), next(d, 0))
r = iter(range(10, 13))
print(list(r), next(r, "empty"))
t = iter((5, 6))
first = next(t)
rest = list(t)
print(first, rest)
it2 = iter([1, 2, 3, 4, 5])
for x in it2:
    if x == 2:
        print("skip", next(it2))
    print("x", x)
e = iter(enumerate("xyz"))
print(next(e), list(e))
z = iter(zip([1, 2], "ab"))
print(next(z), next(z), next(z, ("end",)))
src = [10, 20, 30]
it3 = iter(src)
src.append(40)
print(list(it3))
it4 = iter([])
print(next(it4, "nothing"))
it5 = iter(sorted({3, 1, 2}))
print(next(it5), next(it5), next(it5), next(it5, -1))
chunks = []
it6 = iter(range(7))
while True:
    a = next(it6, None)
    if a is None:
        break
    b = next(it6, None)
    chunks.append((a, b))
print(chunks)
