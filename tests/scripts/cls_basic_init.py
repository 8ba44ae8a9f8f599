# classes: __init__, instance attributes, methods
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

p = Point(3, -4)
print(p.x, p.y)
print(p.norm1())
q = p.moved(1, 1)
print(q.x, q.y, p.x, p.y)
print(Point(5).y)
print(Point(y=7, x=1).norm1())
p.scale(2).scale(3)
print(p.x, p.y)
p.z = "extra"
print(p.z)
print(hasattr(p, "z"), hasattr(q, "z"))
print(getattr(q, "x"), getattr(q, "missing", "dflt"))
setattr(q, "x", 100)
print(q.x)
class Empty:
    pass
e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b)
print(type(e).__name__, type(p).__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
for i in range(5):
    c.inc()
print(c.n, c.inc(10), c.n)
print(Counter.inc(c, 2))
