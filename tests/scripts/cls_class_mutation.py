# class mutated after instances exist; methods added to the class later
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name

s1 = Shape("a")
s2 = Shape("b")
print(s1.sides, s2.sides)
Shape.sides = 4
print(s1.sides, s2.sides)
def area(self):
    return "area of " + self.name
Shape.area = area
print(s1.area(), s2.area())
Shape.describe = lambda self: self.name + " has " + str(self.sides) + " sides"
print(s1.describe())
s1.sides = 3
print(s1.describe(), s2.describe())
def area2(self):
    return "new area of " + self.name
Shape.area = area2
print(s1.area(), s2.area())
m = s1.area
Shape.area = area
print(m(), s1.area())
class Tri(Shape):
    pass
t = Tri("t")
print(t.area(), t.sides)
Shape.kind = "polygon"
print(t.kind)
Tri.kind = "triangle"
print(t.kind, s1.kind)
del Tri.kind
print(t.kind)
def shout(self):
    return self.name.upper()
for i in range(3):
    if i == 1:
        Shape.shout = shout
    print(i, hasattr(s2, "shout"))
print(s2.shout(), t.shout())
s1.area = lambda: "instance-level override"
print(s1.area(), s2.area())
del s1.area
print(s1.area())
def counter_method(self):
    Shape.calls = getattr(Shape, "calls", 0) + 1
    return Shape.calls
Shape.tick = counter_method
print([s.tick() for s in [s1, s2, t, s1]])
Shape.__repr__ = lambda self: "Shape<" + self.name + ">"
print([s1, t])
