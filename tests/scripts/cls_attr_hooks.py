# __getattr__, __setattr__, __delattr__ and __new__ on user classes; object's own
# versions reached through object.__setattr__ and super().__new__.

class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._fields[name] = value

    def __delattr__(self, name):
        del self._fields[name]


r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
print(r.c, r._fields)
del r.a
print(r._fields, hasattr(r, "a"), getattr(r, "zz", "default"))
try:
    r._x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)


class Doubler:
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)


d = Doubler()
d.x = 21
print(d.x, d.__dict__)


class Single:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self):
        self.count = getattr(self, "count", 0) + 1


s1, s2 = Single(), Single()
print(s1 is s2, s1.count)


class Point:
    def __new__(cls, x, y):
        obj = super().__new__(cls)
        obj.made_by_new = True
        return obj

    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
print(p.made_by_new, p.x, p.y, type(p).__name__)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(NotMine())


class Plain:
    def __init__(self, v):
        self.v = v


for i in range(3):
    print(Plain(i).v, end=" ")
print()
n = float("nan")
print(n in [n], [n] == [n], {n: 1}.get(n), [n].count(n))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
try:
    next(It())
except StopIteration as e:
    print(e.args, e.value)
try:
    object.__init__()
except TypeError as e:
    print(e)
