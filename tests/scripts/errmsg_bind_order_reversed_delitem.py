def n(a, b=1):
    pass
def p(a, b, /, c=3):
    pass
def q(a, /, **kw):
    return kw
def r(a, *, k):
    pass
class Seq:
    def __getitem__(self, i):
        return i
class Full:
    def __getitem__(self, i):
        return i * 10
    def __len__(self):
        return 3
class Nothing:
    pass
calls = [
    lambda: n(1, 2, 3, b=2),
    lambda: n(1, 2, 3, c=2),
    lambda: n(1, 2, 3),
    lambda: n(1, b=2, b2=3),
    lambda: p(1, 2, a=1),
    lambda: p(1, b=2, z=1),
    lambda: p(1, 2, 3, 4, a=1),
    lambda: p(1, 2, 3, 4),
    lambda: q(1, a=2),
    lambda: r(1, 2, k=3),
    lambda: r(1, 2),
    lambda: r(1, k=2, j=3),
    lambda: list(reversed(Seq())),
    lambda: list(reversed(Full())),
    lambda: list(reversed(Nothing())),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
for container, key in [((1, 2), 0), ((1, 2), "a"), ("ab", 0), ("ab", "x"), (5, 0), (5, "k"), (range(3), 1), ({1}, 0), (None, 0), (Nothing(), 0), (Nothing(), "k"), (1.5, True)]:
    try:
        del container[key]
    except TypeError as e:
        print("TypeError:", e)
