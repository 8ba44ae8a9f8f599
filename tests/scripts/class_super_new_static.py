class A:
    def __new__(cls, *a):
        print("A.__new__", cls.__name__, len(a))
        return object.__new__(cls)
    def __init__(self, *a):
        self.a = a
class B(A):
    def __new__(cls, x):
        return super().__new__(cls, x)
b = B(1)
print(type(b).__name__, b.a)
class S:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(S() is S())
class P:
    def __new__(cls, v):
        self = super().__new__(cls)
        self.v = v * 2
        return self
print(P(4).v)
