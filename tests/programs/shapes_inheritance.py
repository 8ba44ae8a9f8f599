"""Shape hierarchy: abstract-ish base class, overriding, super(), class counters."""
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return isinstance(other, Shape) and abs(self.area() - other.area()) < 1e-9

    def __hash__(self):
        return hash((type(self).__name__, round(self.area(), 6)))

    def __str__(self):
        return self.describe()


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    def __repr__(self):
        return f"Circle(r={self.radius})"


class Rectangle(Shape):
    def __init__(self, width, height, name="rectangle"):
        super().__init__(name)
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    @property
    def diagonal(self):
        return math.hypot(self.width, self.height)

    def __repr__(self):
        return f"Rectangle({self.width}x{self.height})"


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    @classmethod
    def from_area(cls, area):
        return cls(math.sqrt(area))

    def __repr__(self):
        return f"Square({self.width})"


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not form a triangle")
        super().__init__("triangle")
        self.sides = (a, b, c)

    @staticmethod
    def is_right(a, b, c):
        x, y, z = sorted((a, b, c))
        return abs(x * x + y * y - z * z) < 1e-9

    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)

    def __repr__(self):
        return "Triangle" + repr(self.sides)


class Blob(Shape):
    def __init__(self):
        super().__init__("blob")


shapes = [Circle(1), Rectangle(3, 4), Square(2.5), Triangle(3, 4, 5), Circle(0.5), Square.from_area(12.25)]
print("created:", Shape.count)
for s in shapes:
    print(" ", s)
print("sorted by area:", sorted(shapes))
print("largest:", repr(max(shapes)), "smallest:", repr(min(shapes)))
print(f"total area: {sum(s.area() for s in shapes):.4f}")
print("isinstance checks:", [(repr(s), isinstance(s, Rectangle)) for s in shapes if not isinstance(s, Circle)])
print("square is Shape:", isinstance(shapes[2], Shape), "| circle is Rectangle:", isinstance(shapes[0], Rectangle))
print("type names:", [type(s).__name__ for s in shapes])
print(f"diagonal of {shapes[1]!r}: {shapes[1].diagonal}")
print("Square(3.5) == from_area(12.25):", Square(3.5) == shapes[5])
print("right triangle?", Triangle.is_right(5, 3, 4), Triangle.is_right(2, 3, 4))
print("unique by area/type:", len(set(shapes + [Square(3.5), Circle(1)])))

for args in [(1, 2, 3), (2, 2, 3), (1, 1, 10)]:
    try:
        t = Triangle(*args)
        print("ok", repr(t), f"{t.area():.4f}")
    except ValueError as e:
        print("ValueError:", e)

b = Blob()
try:
    b.describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    b.perimeter()
except NotImplementedError as e:
    print("bare NotImplementedError:", repr(e))
try:
    shapes[0].diagonal
except AttributeError as e:
    print("AttributeError:", e)

by_kind = {}
for s in shapes:
    by_kind.setdefault(s.name, []).append(round(s.area(), 2))
for kind in sorted(by_kind):
    print(f"  {kind:<10}|{len(by_kind[kind]):^5}|{sum(by_kind[kind]):>8.2f}")
print("final count:", Shape.count, Circle.count, "has radius:", hasattr(shapes[0], "radius"), hasattr(shapes[1], "radius"))
setattr(shapes[1], "width", 10)
print("after setattr:", repr(shapes[1]), getattr(shapes[1], "height"), getattr(shapes[1], "depth", "n/a"))
