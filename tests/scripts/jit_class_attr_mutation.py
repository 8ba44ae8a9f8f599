# A hot loop reading class attributes through instances while the class
# attribute is reassigned (changing type), an instance attribute shadows it,
# a base-class attribute is overridden in a subclass, and attributes are
# deleted.


class Shape:
    sides = 4
    scale = 1

    def __init__(self, name):
        self.name = name


class Tri(Shape):
    sides = 3


def perimeter_sum(shapes, n):
    total = 0
    for i in range(n):
        s = shapes[i % len(shapes)]
        total += s.sides * s.scale
        if i == 1600:
            Shape.scale = 2
        elif i == 2000:
            Shape.scale = 0.5
        elif i == 2400:
            Tri.sides = 30
    return total


shapes = [Shape("a"), Tri("b"), Shape("c")]
print("perimeter_sum", perimeter_sum(shapes, 2800))
Shape.scale = 1
Tri.sides = 3


def instance_shadow(n):
    a = Shape("a")
    b = Shape("b")
    out = []
    for i in range(n):
        if i == 1500:
            a.sides = 100
        elif i == 2000:
            del a.sides
        elif i == 2200:
            Shape.sides = 6
        if i % 250 == 0 or i in (1499, 1500, 1999, 2000, 2199, 2200):
            out.append((i, a.sides, b.sides))
    return out


for r in instance_shadow(2500):
    print("instance_shadow", r)
Shape.sides = 4


def subclass_override(n):
    t = Tri("t")
    out = []
    for i in range(n):
        if i == 1700:
            del Tri.sides
        elif i == 2100:
            Tri.sides = "three"
        if i in (0, 1699, 1700, 2099, 2100):
            out.append(t.sides)
    return out


print("subclass_override", subclass_override(2300))
Tri.sides = 3


class Counter:
    count = 0

    def __init__(self):
        self.own = 0


def class_counter(n):
    c = Counter()
    for i in range(n):
        Counter.count += 1
        c.own += 1
        if i == 1800:
            c.count = -5
        c.count += 1
    return Counter.count, c.own, c.count


print("class_counter", class_counter(2500))


def attr_type_switch(n):
    class P:
        def __init__(self, x):
            self.x = x

    p = P(1)
    acc = 0
    for i in range(n):
        if i == 1600:
            p.x = 1.25
        elif i == 2000:
            p.x = "s"
        elif i == 2001:
            p.x = 3
        if isinstance(p.x, str):
            acc += len(p.x)
        else:
            acc += p.x
    return acc


print("attr_type_switch", attr_type_switch(2500))


def missing_attr(n):
    s = Shape("m")
    errs = 0
    for i in range(n):
        if i == 1900:
            s.extra = 10
        try:
            v = s.extra
        except AttributeError as e:
            errs += 1
            msg = str(e)
    return errs, msg, s.extra


print("missing_attr", missing_attr(2200))


def setattr_getattr(n):
    s = Shape("g")
    keys = ["a", "b", "c"]
    for i in range(n):
        k = keys[i % 3]
        setattr(s, k, getattr(s, k, 0) + 1)
        if i == 2000:
            Shape.a = 1000
    return s.a, s.b, s.c, hasattr(s, "d"), Shape.a


print("setattr_getattr", setattr_getattr(2400))


class Slots:
    pass


def many_instances(n):
    objs = [Slots() for _ in range(10)]
    for k, o in enumerate(objs):
        o.v = k
    total = 0
    for i in range(n):
        o = objs[i % 10]
        if i == 1700:
            objs[3].w = 1
            Slots.v = -1
        total += o.v
    return total


print("many_instances", many_instances(2400))
