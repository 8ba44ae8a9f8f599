def g(*a, **k): return a, k
class C:
    def m(self, *a): return a
for s in [lambda: g(1, *5), lambda: g(*5, 1), lambda: g(**[1], a=1), lambda: g(a=1, **[1]), lambda: print(*5), lambda: len(*5), lambda: [].append(**[1]), lambda: g(**{1: 2}), lambda: g(*5), lambda: g(**{'a': 1}, **{'a': 2}), lambda: C().m(*3), lambda: [*5], lambda: {**[1]}, lambda: C(**{'x': 1})]:
    try:
        print(s())
    except TypeError as e:
        print(e)
print(g(*[1, 2]), g(*(3,)), g(*range(3)), g(*"ab", **{"x": 1}), C().m(*[9]))
