class A:
    def who(self): return "A"
    def hello(self): return "hello from A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
    def hello(self): return "C says " + super().hello()
class D(B, C):
    def who(self): return "D" + super().who()
d = D()
print(d.who(), d.hello(), [k.__name__ for k in D.__mro__])
print(isinstance(d, C), isinstance(d, B), D.__bases__)
class Mixin:
    def describe(self): return f"{type(self).__name__}:{self.value}"
class Base:
    def __init__(self, v): self.value = v
class Thing(Mixin, Base): pass
print(Thing(3).describe())
class Err(Mixin, ValueError):
    value = 9
try:
    raise Err("bad")
except ValueError as e:
    print("caught", type(e).__name__, e, e.describe())
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
try:
    class W(X, X): pass
except TypeError as e:
    print(e)
class K1: 
    def __init__(self):
        print("K1"); super().__init__()
class K2:
    def __init__(self):
        print("K2"); super().__init__()
class K3(K1, K2):
    def __init__(self):
        print("K3"); super().__init__()
K3()
for i in range(3000):
    s = d.who()
print(s, D.mro() if hasattr(D, "mro") else None)
