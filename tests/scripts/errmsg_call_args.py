# wrong number of arguments to user functions and methods
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
def f0():
    return 0
def f1(a):
    return a
def f2(a, b):
    return a + b
def fd(a, b=1):
    return a
def fk(a, *, k):
    return a
def fv(*args):
    return args
show(lambda: f0(1))
show(lambda: f1())
show(lambda: f1(1, 2))
show(lambda: f2(1))
show(lambda: f2())
show(lambda: f2(1, 2, 3))
show(lambda: fd())
show(lambda: fd(1, 2, 3))
show(lambda: f1(b=1))
show(lambda: f1(1, a=2))
show(lambda: f2(1, c=3, b=2))
show(lambda: fk(1))
show(lambda: fk(1, 2))
show(lambda: fk(1, k=2, j=3))
show(lambda: fv(x=1))
show(lambda: f0(**{"z": 1}))
show(lambda: (lambda x: x)())
show(lambda: (lambda: 0)(1))
class C:
    def m(self, x):
        return x
    def n(self):
        return 0
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C().n(1))
show(lambda: C.m(1))
show(lambda: C.s())
show(lambda: C.c(1, 2))
show(lambda: C(1))
show(lambda: C().m(y=1))
class D:
    def __init__(self, a, b):
        pass
show(lambda: D(1))
show(lambda: D(1, 2, 3))
show(lambda: D(a=1, c=2))
