# Methods replaced on the class while a hot loop calls them through
# instances; a method shadowed by an instance attribute holding a function;
# a subclass gaining an override; properties and staticmethods swapped.


class Acc:
    def __init__(self):
        self.v = 0

    def add(self, x):
        self.v += x
        return self.v


def double_add(self, x):
    self.v += 2 * x
    return self.v


def hot_method_swap(n):
    a = Acc()
    for i in range(n):
        a.add(1)
        if i == 1800:
            Acc.add = double_add
        elif i == 2300:
            Acc.add = lambda self, x: self.v
    return a.v


print("hot_method_swap", hot_method_swap(2800))
Acc.add = double_add


class Base:
    def value(self):
        return 1

    def total(self, n):
        t = 0
        for i in range(n):
            t += self.value()
            if i == 2000:
                Derived.value = lambda self: 10
        return t


class Derived(Base):
    pass


print("Base.total", Base().total(2500))
del Derived.value
print("Derived.total", Derived().total(2500))
del Derived.value
print("Derived.total deleted override", Derived().total(1000))


class Greeter:
    def greet(self):
        return "hi"


def instance_attr_function(n):
    g = Greeter()
    out = {}
    for i in range(n):
        if i == 1600:
            g.greet = lambda: "instance"
        elif i == 2000:
            del g.greet
        r = g.greet()
        out[r] = out.get(r, 0) + 1
    return out


print("instance_attr_function", instance_attr_function(2400))


class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32


def property_swap(n):
    t = Temp(100)
    out = []
    for i in range(n):
        v = t.f
        if i == 1700:
            Temp.f = property(lambda self: -self.c)
        elif i == 2000:
            Temp.f = 7
        if i in (1699, 1700, 1701, 1999, 2000, 2001):
            out.append(v)
    return out


print("property_swap", property_swap(2200))


class Util:
    @staticmethod
    def f(x):
        return x + 1

    @classmethod
    def name(cls):
        return cls.__name__


class SubUtil(Util):
    pass


def static_swap(n):
    s = 0
    names = []
    for i in range(n):
        s += Util.f(i)
        if i == 1900:
            Util.f = staticmethod(lambda x: x * 0)
        if i % 1000 == 0:
            names.append(SubUtil.name())
            names.append(SubUtil().name())
    return s, names


print("static_swap", static_swap(2500))


class Node:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def __add__(self, other):
        return Node(self.v + other.v)

    def __repr__(self):
        return "Node(" + repr(self.v) + ")"


def dunder_swap(n):
    acc = Node(0)
    one = Node(1)
    for i in range(n):
        acc = acc + one
        if i == 2000:
            Node.__add__ = lambda self, other: Node(self.v - other.v)
    return acc


print("dunder_swap", dunder_swap(2600))


class Shape:
    def area(self):
        return 0


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circ(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def polymorphic(n):
    shapes = [Sq(2), Circ(1), Sq(3), Shape()]
    t = 0
    for i in range(n):
        t += shapes[i % 4].area()
        if i == 1800:
            shapes.append(Circ(2.0))
        if i == 2200:
            Sq.area = Shape.area
    return t


print("polymorphic", polymorphic(2600))


def bound_method_cached(n):
    a = Acc()
    f = a.add
    for i in range(n):
        f(1)
        if i == 1500:
            Acc.add = lambda self, x: 0
    return a.v


def plain_add(self, x):
    self.v += x
    return self.v


Acc.add = plain_add
print("bound_method_cached", bound_method_cached(2000))
print("after swap", Acc().add(5))
