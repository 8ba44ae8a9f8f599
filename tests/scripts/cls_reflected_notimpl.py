# reflected operators (__radd__, __rsub__, __rmul__) and NotImplemented fallback
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("  radd with", o)
        return Num(o + self.v)
    def __sub__(self, o):
        if isinstance(o, (int, Num)):
            return Num(self.v - (o.v if isinstance(o, Num) else o))
        return NotImplemented
    def __rsub__(self, o):
        return Num(o - self.v)
    def __mul__(self, o):
        if isinstance(o, int):
            return Num(self.v * o)
        return NotImplemented
    def __rmul__(self, o):
        return Num(self.v * o * 1)
    def __repr__(self):
        return "Num(" + str(self.v) + ")"

print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1))
print(10 - Num(3), Num(10) - 3, 3 * Num(4), Num(4) * 3)
print(sum([Num(1), Num(2), Num(3)]))
print(sum([Num(1), Num(2)], Num(100)))
try:
    Num(1) + "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" - Num(1)
except TypeError as e:
    print("TypeError", e)
class Left:
    def __add__(self, o):
        print("  Left.__add__")
        return NotImplemented
class Right:
    def __radd__(self, o):
        print("  Right.__radd__")
        return "right wins"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print("TypeError", e)
class NoOps:
    pass
for op in ["+", "-", "*"]:
    try:
        if op == "+":
            NoOps() + 1
        elif op == "-":
            1 - NoOps()
        else:
            NoOps() * NoOps()
    except TypeError as e:
        print("TypeError", e)
try:
    -NoOps()
except TypeError as e:
    print("TypeError", e)
class Rev:
    def __rmul__(self, o):
        return "rmul:" + str(o)
print([1, 2] * 2, 2 * Rev(), "ab" * 2)
