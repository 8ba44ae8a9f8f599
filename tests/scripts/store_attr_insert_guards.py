# `self.x = ...` in an __init__ inserts a new attribute; tier 1 specialises that
# store. These make its guards fail: a property added to the class later, a
# class-level __setattr__, an attribute removed through __dict__, and dicts that
# grow past the small-table size and shrink again.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n):
    out = []
    for i in range(n):
        out.append(P(i, -i))
    return out


ps = make(300)
print(sum(p.x for p in ps), sum(p.y for p in ps))

# A property named like the attribute: the store must now call the setter.
log = []


def set_x(self, v):
    log.append(v)
    self.__dict__["_x"] = v * 2


P.x = property(lambda self: self._x, set_x)
ps = make(5)
print([p.x for p in ps], log)
del P.x

# A __setattr__ on the class takes over every store.
def tracing_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


P.__setattr__ = tracing_setattr
log.clear()
ps = make(3)
print(log, [(p.x, p.y) for p in ps])
del P.__setattr__
print(make(2)[1].y)


# Attributes deleted and re-added through __dict__ between stores.
class R:
    def __init__(self):
        self.a = 1
        self.b = 2

    def bump(self):
        self.a = self.a + 1


rs = [R() for _ in range(400)]
for i, r in enumerate(rs):
    if i % 2:
        del r.__dict__["a"]
        r.__dict__["a"] = 100
    r.bump()
print(sum(r.a for r in rs), list(rs[1].__dict__))


# Many attributes (past the small-table size), some deleted, then re-added.
class Wide:
    def __init__(self, n):
        for k in range(n):
            setattr(self, "f%d" % k, k)


for n in (3, 8, 9, 20):
    w = Wide(n)
    for k in range(0, n, 3):
        delattr(w, "f%d" % k)
    w.extra = n
    w.f0 = "again"
    print(n, len(w.__dict__), list(w.__dict__)[:4], getattr(w, "f%d" % (n - 1), None))

d = {}
for k in range(12):
    d[k] = k * k
    if k % 4 == 0:
        del d[k]
print(d, len(d), 4 in d, 5 in d)
d.clear()
d["z"] = 1
print(d)


# A slotted class: a store outside the slots raises.
class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


for i in range(3):
    s = S()
    try:
        s.b = 2
    except AttributeError as e:
        print(type(e).__name__, e)
