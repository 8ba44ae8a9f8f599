# set methods on ints
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
s.add(4); print(s)
s.add(2); print(s)
s.remove(1); print(s)
s.discard(10); print(s)
s.discard(3); print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.intersection(b), a.difference(b), b.difference(a))
print(a.union([7, 8], (9,)), a.intersection(range(3)), a.difference({1}, {2}))
print(a, b)
c = set(a)
c.update(b); print(c)
c.update([10, 11], range(20, 22)); print(c)
p = {5}
x = p.pop()
print(x, p, len(p))
print(set(), set([1, 1, 2]), set(range(5)), set((3, 3, 3)))
print(sorted({10, -1, 5}), sum({1, 2, 3}), max({4, 9, 2}), min({4, 9, 2}))
e = {1, 2}
f = set(e)
f.add(3)
print(e, f, e == {2, 1}, e != f)
g = {0, 1, 2, 3}
while g:
    g.pop()
print(g, len(g))
print({1, 2} == {1, 2, 2}, {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {3}, {1} >= {2})
print(sorted(set([9, 8, 9, 7, 8])))
