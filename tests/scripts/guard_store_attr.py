# Attribute stores specialised for an existing instance attribute, and what makes
# their guard fail mid-loop: another class, a new attribute, a property or a
# __setattr__ added to the class, slots, and stores through a subclass.


class Counter:
    def __init__(self):
        self.n = 0
        self.log = []

    def bump(self, k):
        self.n = self.n + k
        return self.n


class Other:
    def __init__(self):
        self.n = 100


def bump_all(objs, times):
    for _ in range(times):
        for o in objs:
            o.n = o.n + 1
    return [o.n for o in objs]


c = Counter()
for i in range(300):
    c.bump(1)
print(c.n)
print(bump_all([Counter(), Other(), Counter()], 50))


def set_fresh(o, name_value):
    o.extra = name_value
    return o.extra


objs = [Counter() for _ in range(5)]
print([set_fresh(o, i) for i, o in enumerate(objs)])
print([set_fresh(o, i * 10) for i, o in enumerate(objs)])


# A property appears on the class after the store was specialised.
class Temp:
    def __init__(self):
        self.c = 0.0


def warm(t, vals):
    for v in vals:
        t.c = v
    return t.c


t = Temp()
print(warm(t, [1.0, 2.0, 3.0] * 50))


def get_c(self):
    return self._c


def set_c(self, v):
    print("  setter", v)
    self._c = v * 2


Temp.c = property(get_c, set_c)
print(warm(t, [4.0, 5.0]))
print(t.c, t.__dict__ if hasattr(t, "__dict__") else "")


# __setattr__ defined later on a class whose stores were specialised.
class Watched:
    def __init__(self):
        self.v = 0


def store_many(w, k):
    for i in range(k):
        w.v = i
    return w.v


w = Watched()
print(store_many(w, 200))


def loud_setattr(self, name, value):
    print("  set", name, value)
    object.__setattr__(self, name, value)


Watched.__setattr__ = loud_setattr
print(store_many(w, 2))


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


def store_a(s, k):
    for i in range(k):
        s.a = i
    return s.a


s = Slotted()
print(store_a(s, 100))
try:
    s.b = 5
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def __init__(self):
        self.x = "base"


class Child(Base):
    pass


def set_x(o, v):
    o.x = v
    return o.x


items = [Base(), Child(), Base(), Child()]
print([set_x(o, i) for i, o in enumerate(items * 30)][-4:])
