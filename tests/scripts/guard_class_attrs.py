# Tier-1 guard failures on attribute loads keyed on a class version: a class
# attribute reassigned mid-loop, an instance attribute that shadows a class
# attribute added and deleted, a property added to the class, attributes
# coming from a base class that changes, and receivers of other classes.


class Config:
    rate = 2
    label = "base"

    def __init__(self, k):
        self.k = k


def read(c):
    return c.rate * c.k


def class_attr_reassigned(n):
    c = Config(3)
    out = []
    for i in range(n):
        if i == 200:
            Config.rate = 5
        elif i == 400:
            Config.rate = 0.5
        elif i == 600:
            Config.rate = "ab"
        elif i == 601:
            Config.rate = 2
        if i % 100 == 0 or i == 600:
            out.append(read(c))
    return out


print(class_attr_reassigned(800))


def instance_shadow(n):
    c = Config(1)
    d = Config(10)
    out = []
    for i in range(n):
        if i == 150:
            c.rate = 100          # instance attribute shadows the class attribute
        elif i == 300:
            del c.rate            # class attribute visible again
        elif i == 450:
            Config.rate = 7       # class changes while instance shadows nothing
        elif i == 500:
            c.rate = -1
            Config.rate = 9       # class changes while c shadows it
        elif i == 550:
            del c.rate
        if i % 50 == 0:
            out.append((read(c), read(d)))
    return out


print(instance_shadow(600))
Config.rate = 2


# A property added to the class after instances have been read many times.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm1(p):
    return abs(p.x) + abs(p.y)


def with_property(n):
    p = Point(3, -4)
    out = []
    for i in range(n):
        if i == 300:
            Point.x = property(lambda self: 1000)
        if i == 600:
            del Point.x
        if i % 100 == 0:
            out.append(norm1(p))
    return out


print(with_property(800))
try:
    Point.y = property(lambda self: 0)
    p = Point(1, 2)
except AttributeError as e:
    print("AttributeError:", e)
del Point.y
print(norm1(Point(5, 6)))


# A property on a base class replaced by a plain class attribute on a subclass.
class Base:
    @property
    def size(self):
        return len(self.items)

    def __init__(self, items):
        self.items = items


class Derived(Base):
    pass


def total_size(objs):
    t = 0
    for o in objs:
        t += o.size
    return t


objs = [Base([1, 2]), Derived([1, 2, 3])] * 200
print(total_size(objs))
Derived.size = 10
print(total_size(objs))
del Derived.size
print(total_size(objs))
Base.size = 1
print(total_size(objs))


# Base-class attribute changed: the lookup goes through the MRO.
class Animal:
    sound = "..."


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


def sounds(xs):
    return [x.sound for x in xs]


pets = [Puppy(), Dog(), Animal()] * 100
print(sounds(pets)[:3])
Animal.sound = "hm"
print(sounds(pets)[:3])
Dog.sound = "woof"
print(sounds(pets)[:3])
Puppy.sound = "yip"
print(sounds(pets)[:3])
del Dog.sound
print(sounds(pets)[:3])
pets[0].sound = "own"
print(sounds(pets)[:4])


# Attribute stores: same site writing on instances of different classes, and
# attribute loads of a missing attribute caught inside the loop.
class A:
    def __init__(self):
        self.v = 0


class B:
    slot = 5


def bump_all(xs, n):
    misses = 0
    for i in range(n):
        o = xs[i % len(xs)]
        try:
            o.v = o.v + 1
        except AttributeError as e:
            misses += 1
            if misses == 1:
                print("AttributeError:", e)
            o.v = 100
    return [x.v for x in xs], misses


print(bump_all([A(), A()], 600))
print(bump_all([A(), B(), A()], 600))


# Class attributes holding ints that overflow when bumped in a loop.
class Counter:
    total = 2 ** 63 - 5


def tick(n):
    for _ in range(n):
        Counter.total += 1
    return Counter.total


print(tick(3), tick(300))


# getattr/setattr/hasattr on the same objects interleaved with direct access.
def mixed_access(n):
    a = A()
    for i in range(n):
        if i % 3 == 0:
            setattr(a, "v", getattr(a, "v") + 2)
        else:
            a.v += 1
        if i == n // 2:
            a.extra = hasattr(a, "v")
    return a.v, a.extra, hasattr(a, "missing")


print(mixed_access(900))
