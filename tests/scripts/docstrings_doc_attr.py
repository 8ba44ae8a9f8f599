"""Module doc."""
print(__doc__)
def f():
    "fdoc"
    return 1
print(f.__doc__)
def g():
    x = "not a doc"
    return x
print(g.__doc__)
f.__doc__ = "changed"
print(f.__doc__)
f.extra = 1
def h():
    """H doc
    spans lines."""
h.tag = 5
print(h.__doc__)
class A:
    """Doc of A."""
    def m(self):
        "m doc"
print(A.__doc__, A().__doc__, A.m.__doc__, A().m.__doc__)
class B(A):
    pass
print(B.__doc__)
class C:
    x = 1
print(C.__doc__)
print(A.__dict__["__doc__"])
lam = lambda: 0
print(lam.__doc__)
