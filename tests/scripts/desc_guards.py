# Descriptors and exception __init__ under changing conditions: properties added
# after instances exist, a class attribute rebound from a property to a plain value,
# staticmethod/classmethod reached through instances, subclasses and super(), and
# exception args rewritten by __init__ in a hot loop.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
total = 0
for i in range(300):
    total += p.x
    if i == 150:
        # From now on `x` is a read-only property computed from `y`.
        Point.x = property(lambda self: self.y * 10)
print(total)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
del Point.x
print(p.x, p.__dict__)

class Counter:
    created = 0

    def __init__(self):
        Counter.created += 1

    @classmethod
    def count(cls):
        return (cls.__name__, cls.created)

    @staticmethod
    def double(n):
        return n * 2

class Sub(Counter):
    @classmethod
    def count(cls):
        name, n = super().count()
        return name + "!", n

    @staticmethod
    def double(n):
        return Counter.double(n) + 1

objs = [Sub() if i % 3 == 0 else Counter() for i in range(20)]
acc = 0
for o in objs:
    acc += o.double(len(objs))
print(acc, Counter.count(), Sub.count(), objs[0].count(), objs[1].count())
f = Sub.count
print(f(), Counter.double(21), Sub().double(20))

class Lazy:
    def __init__(self):
        self._cache = None
        self.calls = 0

    @property
    def value(self):
        if self._cache is None:
            self.calls += 1
            self._cache = sum(range(100))
        return self._cache

    @value.deleter
    def value(self):
        self._cache = None

lz = Lazy()
for i in range(50):
    v = lz.value
    if i % 10 == 9:
        del lz.value
print(v, lz.calls)

class AppError(Exception):
    def __init__(self, code, detail="?"):
        super().__init__(f"[{code}] {detail}")
        self.code = code

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, what + " not found")

errors = []
for i in range(200):
    try:
        if i % 50 == 0:
            raise NotFound(f"item{i}")
        if i % 70 == 0:
            raise AppError(500)
        if i % 90 == 0:
            raise KeyError(i)
    except NotFound as e:
        errors.append((e.code, str(e), e.args))
    except AppError as e:
        errors.append((e.code, repr(e)))
    except LookupError as e:
        errors.append(("lookup", repr(e), str(e)))
for e in errors:
    print(e)

class Plain(ValueError):
    def __init__(self, a, b):
        self.a = a

x = Plain(1, 2)
print(x.args, str(x), x.a, isinstance(x, ValueError))

class Reset(Exception):
    def __init__(self, *parts):
        Exception.__init__(self, "-".join(parts))

print(repr(Reset("a", "b", "c")), Reset().args)
try:
    ValueError(code=3)
except TypeError as e:
    print("TypeError:", e)

class P:
    v = property(doc="no accessors")
try:
    P().v
except AttributeError as e:
    print("AttributeError:", e)
print(P.v.__doc__, P.v.fget, type(P.__dict__["v"]).__name__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
print(staticmethod(len)([1, 2, 3]))
