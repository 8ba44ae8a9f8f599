class E(Exception):
    def __str__(self):
        return "E says " + super().__str__()
    def __repr__(self):
        return "<" + super().__repr__() + ">"
e = E("boom", 2)
print(str(e), repr(e))
class A:
    def __init__(self, x):
        object.__init__(self)
        self.x = x
    def __repr__(self):
        return "A(" + str(self.x) + ")"
    def __str__(self):
        return "str:" + super().__str__()
a = A(1)
print(a, repr(a), a.__eq__(a), a.__eq__(1), a.__ne__(a), a != A(1))
class B(A):
    def __init__(self):
        A.__init__(self, 5)
class C:
    pass
c = C()
C.__init__(c)
print(B(), hasattr(c, "__eq__"), c.__eq__(c), type(c.__hash__()).__name__)
print(object.__repr__(a).startswith("<__main__.A object at"), object.__str__(a))
class D:
    def __eq__(self, o):
        return super().__eq__(o)
d = D()
print(d == d, d == D(), d != d)
