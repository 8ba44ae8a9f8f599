# The ways a set is made: displays (a constant display is a frozenset constant that
# the new set copies), star-unpacking, set(), comprehensions, copies, dict keys.
print({1, 9, 17, 25}, {25, 17, 9, 1}, {17, 9, 25, 1})
print({-2, -1, -3}, {-3, -1, -2})
print({2**3, 2**4, 2**5, -8, -16, 0}, {1 << 10, 1 << 11, 3, 4, 5})
print({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 40, 48, 64, 96, 128})
a, b, c = 25, 17, 9
print({a, b, c, 1}, {1, a, b, c})
lst = [33, 1, 17, 65, 9]
print({*lst}, {*lst, 2}, {0, *lst}, {*lst, *range(3)})
print(set(lst), set(tuple(lst)), set(reversed(lst)), set(iter(lst)))
print({x for x in lst}, set(x for x in lst))
s = set(lst)
print(set(s), s.copy(), s | set(), {*s})
for i in range(100, 140):
    s.add(i)
for i in range(100, 140):
    s.discard(i)
print(s, s.copy(), set(s))
d = {k: None for k in [40, 8, 24, 0, 16, 32, 48, 56]}
print(set(d), set(d.keys()), set(d.items()) == {(k, None) for k in d})
print(d.keys() | {1}, d.keys() & {8, 16, 99}, d.keys() - {0}, d.keys() ^ {0, 1})
print(set(range(5, 60, 11)), set(range(60, 5, -11)))
print(set("x" for _ in range(2)) == {"x"})
print({i: i for i in {64, 0, 32}}, [i for i in {128, 64, 0, 32}])
