# __neg__ and numeric-like class used with builtins
class Angle:
    def __init__(self, deg):
        self.deg = deg % 360
    def __neg__(self):
        return Angle(-self.deg)
    def __add__(self, o):
        return Angle(self.deg + o.deg)
    def __sub__(self, o):
        return self + (-o)
    def __eq__(self, o):
        return self.deg == o.deg
    def __lt__(self, o):
        return self.deg < o.deg
    def __repr__(self):
        return str(self.deg) + "deg"

a = Angle(30)
print(-a, -(-a), -Angle(0), -Angle(180))
print(a - Angle(90), Angle(10) - Angle(350))
print(sorted([Angle(350), -Angle(10), Angle(5), Angle(-5)]))
print(min(Angle(100), Angle(-100)), max([Angle(1), Angle(359)]))
print(a == -(-a), a == -a)
vals = [Angle(i * 50) for i in range(8)]
print([-v for v in vals])
class Pol:
    def __init__(self, *c):
        self.c = list(c)
    def __neg__(self):
        return Pol(*[-x for x in self.c])
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, x in enumerate(self.c):
            for j, y in enumerate(o.c):
                out[i + j] += x * y
        return Pol(*out)
    def __call__(self, x):
        return sum(k * x ** i for i, k in enumerate(self.c))
    def __repr__(self):
        return "Pol" + str(tuple(self.c))
p = Pol(1, 1)
print(p * p, -(p * p * p), (p * p)(2), (-p)(3))
print(-True, -False, -(3), -(-2.5), ~5, +(-4))
