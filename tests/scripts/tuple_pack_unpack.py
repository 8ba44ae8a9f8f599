# tuples: packing, unpacking, starred
t = 1, 2, 3
print(t, type(t), len(t))
a, b, c = t
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
p = 5,
print(p, len(p), () == tuple())
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcde"
print(init, last)
h, *mid, tl = range(6)
print(h, mid, tl)
a, *b = [1]
print(a, b)
a, *b, c = 1, 2
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, c]] = [1, (2, 3)]
print(a, b, c)
a = b = c = 0
print(a, b, c)
m, n = "hi"
print(m, n)
k, v = {"key": 1, "val": 2}
print(k, v)
t2 = (1, "a", [2, 3])
t2[2].append(4)
print(t2)
print(t2 + (5,), (0,) * 3, t2[1:], t2[::-1])
print((1, 2) + (3,), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t.count(2), t.index(3), 2 in t, (1, 2) < (1, 3), max(t), sum(t))
def mm(seq):
    return min(seq), max(seq)
lo, hi = mm([3, 9, 1])
print(lo, hi, mm("zebra"))
i, j = 0, 1
i, j = j, i + j
print(i, j)
