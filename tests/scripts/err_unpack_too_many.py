# ends with ValueError: too many values to unpack (expected 2)
a, b = (1, 2)
print(a, b)
c, d, e = "abc"
print(c, d, e)
first, *rest = [1, 2, 3]
print(first, rest)
p, q = q, p = 1, 2
print(p, q)
pairs = [(1, 2), (3, 4), (5, 6, 7)]
for x, y in pairs:
    print(x + y)
