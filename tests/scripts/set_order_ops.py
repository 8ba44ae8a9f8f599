# Union, intersection, difference and symmetric difference keep CPython's order.
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
c = {1, 9, 17, 25, 33, 41}
print(a | b, b | a)
print(a & b, b & a, a & c, c & a)
print(a - b, b - a, c - a)
print(a ^ b, b ^ a, a ^ c, c ^ a)
print(a.union(b, c), c.union([100, 8, 16], range(3)))
print(a.intersection(b), a.intersection([30, 0, 15, 99]), a.intersection(range(40, 0, -1)))
print(c.intersection(), a.intersection(b, range(20)))
print(a.difference(b), a.difference([0, 3], {6, 9}), b.difference({0: 1, 5: 2}))
print(a.symmetric_difference(b), c.symmetric_difference([1, 2, 3, 9]))
print(a.symmetric_difference({0: None, 1: None}))
x = set(range(50))
y = {48, 16, 32, 0}
print(x & y, y & x, x - y, y - x)
print(set(range(1000)) - set(range(0, 1000, 7)) == set(i for i in range(1000) if i % 7))
print(len(set(range(1000)) - {1, 2, 3}), list(set(range(100)) - {1, 2, 3})[:10])
e = {(i, i * 2) for i in range(10)}
f = {(i, i * 2) for i in range(5, 15)}
print(e | f, e & f, e - f, e ^ f)
n1 = {-1, -2, -3, -4, -5}
n2 = {-4, -5, -6, -7}
print(n1 | n2, n1 & n2, n1 - n2, n1 ^ n2)
fl = {0.5, 1.5, 2.5, 3.5}
print(fl | {1, 2, 3}, fl & {1.5, 2.5}, fl - {0.5}, fl ^ {3.5, 4.5})
print(a | set(), set() | a, a & set(), a - a, a ^ a)
