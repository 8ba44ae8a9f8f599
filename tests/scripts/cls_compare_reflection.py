# comparison reflection: a < b falls back to b > a; default == is identity
class Lo:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("  Lo.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("  Lo.__gt__")
        return self.v > (o.v if isinstance(o, Lo) else o)

class Only:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v

print(Lo(1) < Lo(2))
print(3 < Lo(5))
print(Only(1) < Only(2), Only(3) < Only(2))
print(sorted([Only(3), Only(1), Only(2)], key=lambda o: o.v)[0].v)
try:
    Only(1) <= Only(2)
except TypeError as e:
    print("TypeError", e)
try:
    Lo(1) < "x"
except TypeError as e:
    print("TypeError", e)
class E:
    pass
a, b = E(), E()
print(a == a, a == b, a != b, [a].count(a), [a, b].index(b))
try:
    a < b
except TypeError as e:
    print("TypeError", e)
try:
    a >= 1
except TypeError as e:
    print("TypeError", e)
class Ge:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
print(Ge(1) <= Ge(2), Ge(3) >= Ge(2))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) == 1)
