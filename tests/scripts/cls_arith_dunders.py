# arithmetic dunders: __add__ __sub__ __mul__ __neg__ and augmented forms
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"

a, b = Vec(1, 2), Vec(3, 5)
print(a + b, a - b, a * 3, a * b, -a, -(-a))
print(a + b * 2, (a + b) * 2, -a + b)
c = a
c += b
print(c, a, c is a)
c -= Vec(1, 1)
c *= 10
print(c)
print(a + b == Vec(4, 7), a * 1 == a)
total = Vec(0, 0)
for v in [Vec(i, i * i) for i in range(5)]:
    total = total + v
print(total)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, int):
            return Money(self.cents + o)
        return Money(self.cents + o.cents)
    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)
m = Money(150) + Money(275)
print(m, m + 5, Money(1) + 99)
acc = Money(0)
for c in [10, 20, 30]:
    acc += c
print(acc)
class Chain:
    def __init__(self, s):
        self.s = s
    def __add__(self, o):
        return Chain(self.s + "+" + o.s)
print((Chain("a") + Chain("b") + Chain("c")).s)
