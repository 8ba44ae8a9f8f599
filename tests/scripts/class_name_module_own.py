from collections import namedtuple
P = namedtuple("P", "a b")
class Q(P):
    pass
print(type(Q(1, 2)).__name__, Q.__name__, Q(1, 2))
class R:
    pass
R.__name__ = "RR"
class S(R): pass
print(S.__name__, R.__name__, S.__mro__)
from collections import namedtuple
P = namedtuple("P", "a b")
print(P(P, 1), P(a=1, b=2))
class Q(P):
    def __new__(cls, a, b=5):
        return super().__new__(cls, a, b)
print(Q(1), Q(1, 2))
