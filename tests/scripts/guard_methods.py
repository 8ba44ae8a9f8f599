# Tier-1 guard failures on method calls keyed on a class version: a method
# replaced on the class mid-loop, a function stored on the instance shadowing
# the method, a subclass override arriving at a hot site, staticmethod and
# classmethod swapped in, and bound methods of builtins at the same site.


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def describe(self, prefix):
        return prefix + ":" + str(self.area())


def sum_areas(shapes):
    t = 0
    for s in shapes:
        t += s.area()
    return t


def method_replaced(n):
    s = Shape(2, 3)
    out = []
    for i in range(n):
        if i == 250:
            Shape.area = lambda self: self.w + self.h
        elif i == 500:
            def area(self):
                return -self.w
            Shape.area = area
        elif i == 750:
            Shape.area = staticmethod(lambda: 42)
        elif i == 875:
            Shape.area = classmethod(lambda cls: cls.__name__)
        if i % 125 == 0:
            out.append(s.area())
            out.append(s.describe("d"))
    return out


original_area = Shape.area
print(method_replaced(1000))
Shape.area = original_area


def instance_shadow(n):
    s = Shape(4, 5)
    out = []
    for i in range(n):
        if i == 200:
            s.area = lambda: "inst"      # plain function on the instance: no self
        elif i == 400:
            del s.area
        if i % 100 == 0:
            out.append(s.area())
    return out


print(instance_shadow(500))


class Square(Shape):
    def __init__(self, side):
        super().__init__(side, side)

    def area(self):
        return super().area() + 1000


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


shapes = [Shape(i, 2) for i in range(400)]
print(sum_areas(shapes))
print(sum_areas(shapes[:300] + [Square(3)] + shapes[:50] + [Circle(2)]))
print(sum_areas(shapes))
Square.area = lambda self: 0
print(sum_areas([Square(5)] * 300 + [Shape(1, 1)]))
del Square.area
print(sum_areas([Square(5)] * 300 + [Shape(1, 1)]))


# A method looked up on the base changes after the subclass call site is hot.
class Greeter:
    def greet(self, name):
        return "hi " + name


class LoudGreeter(Greeter):
    pass


def greet_many(g, n):
    last = None
    for i in range(n):
        last = g.greet(str(i))
    return last


lg = LoudGreeter()
print(greet_many(lg, 300))
Greeter.greet = lambda self, name: "HELLO " + name.upper() + "!"
print(greet_many(lg, 300))
LoudGreeter.greet = lambda self, name: "yo " + name
print(greet_many(lg, 300), greet_many(Greeter(), 2))


# The same call site sees methods of builtins and user classes named alike.
class Stack:
    def __init__(self):
        self.data = []

    def append(self, x):
        self.data.append(-x)

    def pop(self):
        return self.data.pop() * 10

    def __len__(self):
        return len(self.data)


def push_pop(container, n):
    for i in range(n):
        container.append(i)
    popped = []
    for _ in range(3):
        popped.append(container.pop())
    return popped, len(container)


print(push_pop([], 400))
print(push_pop(Stack(), 400))
print(push_pop([], 10))


def get_all(d, keys):
    return [d.get(k, "?") for k in keys]


print(get_all({"a": 1}, ["a", "b"] * 200)[:4])
print(get_all(dict(a=2), ["a", "b"]))


class Getter:
    def get(self, k, default):
        return k * 2


print(get_all(Getter(), ["x", "y"]))


# A method that raises on some iterations; the exception caught in the hot loop.
class Parser:
    def parse(self, s):
        if not s.isdigit():
            raise ValueError("bad token " + repr(s))
        return int(s)


def parse_all(tokens):
    p = Parser()
    good = []
    bad = []
    for t in tokens:
        try:
            good.append(p.parse(t))
        except ValueError as e:
            bad.append(str(e))
    return sum(good), bad


toks = [str(i) for i in range(500)]
toks[123] = "x1"
toks[400] = ""
print(parse_all(toks))
Parser.parse = lambda self, s: len(s)
print(parse_all(toks))


# Calling a bound method object stored in a local, then the class changes.
def call_bound(n):
    s = Shape(3, 3)
    f = s.area
    out = []
    for i in range(n):
        if i == 150:
            Shape.area = lambda self: "new"
        if i % 75 == 0:
            out.append((f(), s.area()))
    return out


Shape.area = original_area
print(call_bound(300))
