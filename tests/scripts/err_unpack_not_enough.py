# ends with ValueError: not enough values to unpack (expected 3, got 2)
a, b, c = "xyz"
print(a, b, c)
x, y = [1, 2]
print(x, y)
(m, n), o = "ab", "c"
print(m, n, o)
h, *t = [1]
print(h, t)
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
p, q, r = [1, 2]
print(p, q, r)
