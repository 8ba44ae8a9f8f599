# @classmethod: alternate constructors, calls through subclass
class Temp:
    unit = "C"
    count = 0
    def __init__(self, deg):
        self.deg = deg
        type(self).count += 1
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @classmethod
    def zero(cls):
        return cls(0)
    @classmethod
    def name(cls):
        return cls.__name__ + "/" + cls.unit
    def __repr__(self):
        return type(self).__name__ + "(" + str(self.deg) + ")"

print(Temp.from_f(212), Temp.from_f(32), Temp.zero())
print(Temp.name(), Temp(5).name())
class Kelvinish(Temp):
    unit = "K"
k = Kelvinish.from_f(50)
print(k, type(k).__name__, isinstance(k, Temp))
print(Kelvinish.name(), Kelvinish.zero())
print(Temp.count, Kelvinish.count)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def parse(cls, s):
        a, b = s.split(",")
        return cls(int(a), int(b))
    @classmethod
    def many(cls, *specs):
        return [cls.parse(s) for s in specs]
    def __repr__(self):
        return "P(" + str(self.x) + "," + str(self.y) + ")"
print(Point.parse("3,4"))
print(Point.many("1,2", "5,6", " 7, 8"))
ctor = Point.parse
print(ctor("9,9"))
class Tracker:
    instances = []
    @classmethod
    def make(cls, v):
        obj = cls()
        obj.v = v
        cls.instances.append(v)
        return obj
print(Tracker.make(1).v, Tracker().make(2).v, Tracker.instances)
