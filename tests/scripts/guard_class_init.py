# `Class(...)` calls specialised for a Python __init__, and what makes their guard
# fail mid-loop: __init__ replaced on the class or a base, defaults, a subclass,
# __init__ raising, returning a value, __new__ appearing, and deep construction.


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def build(n):
    return [Point(i, i * 2) for i in range(n)] + [Point(n)]


print(build(3)[-2:])
pts = build(300)
print(len(pts), pts[-1], sum(p.x + p.y for p in pts))


def new_init(self, x, y=0):
    self.x = -x
    self.y = -y


Point.__init__ = new_init
print(build(2))


class Point3(Point):
    def __init__(self, x, y=0, z=0):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return "Point3(%r, %r, %r)" % (self.x, self.y, self.z)


def make(cls, n):
    return [cls(i) for i in range(n)]


print(make(Point, 3), make(Point3, 2))
for _ in range(100):
    make(Point3, 3)
del Point.__init__
try:
    Point(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Picky:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v


made = []
for v in [1, 2, 3, -1, 4]:
    try:
        made.append(Picky(v).v)
    except ValueError as e:
        made.append(str(e))
print(made)


class Bad:
    def __init__(self):
        return 5


for _ in range(3):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


def depth(n):
    d = 0
    while n.child is not None:
        n = n.child
        d += 1
    return d


print(depth(Node(200)))
try:
    Node(5000)
except RecursionError:
    print("RecursionError")
print(depth(Node(10)))


class Counted:
    count = 0

    def __init__(self):
        Counted.count += 1


for _ in range(250):
    Counted()
print(Counted.count)
