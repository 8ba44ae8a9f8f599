# super() inside classmethods, staticmethods via class name, and overridden classmethods
class Base:
    registry = []
    @classmethod
    def create(cls, v):
        obj = cls()
        obj.v = v
        Base.registry.append(cls.__name__)
        return obj
    @classmethod
    def label(cls):
        return "Base:" + cls.__name__
    @staticmethod
    def helper(x):
        return x * 2

class Child(Base):
    @classmethod
    def create(cls, v):
        obj = super().create(v + 1000)
        obj.extra = True
        return obj
    @classmethod
    def label(cls):
        return "Child(" + super().label() + ")"
    @staticmethod
    def helper(x):
        return Base.helper(x) + 1

class Grand(Child):
    pass

b = Base.create(1)
c = Child.create(2)
g = Grand.create(3)
print(b.v, c.v, c.extra, g.v, type(g).__name__)
print(Base.registry)
print(Base.label(), Child.label(), Grand.label())
print(Base.helper(5), Child.helper(5), Grand.helper(5), g.helper(1))
print(hasattr(b, "extra"), hasattr(g, "extra"))
class Shape:
    def __init__(self):
        self.parts = ["shape"]
    def describe(self):
        return "/".join(self.parts)
class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.parts.append("circle")
        self.r = r
    def describe(self):
        base = super().describe()
        return base + " r=" + str(self.r)
class Ring(Circle):
    def __init__(self, r, w):
        super().__init__(r)
        self.parts.append("ring")
        self.w = w
print(Ring(3, 1).describe(), Circle(2).describe(), Shape().describe())
