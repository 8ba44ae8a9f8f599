from collections import namedtuple, defaultdict, Counter
import math
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    @property
    def norm(self):
        return math.hypot(self.x, self.y)
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm, v + Vec(1, 1), v._replace(x=0), Vec._make([1, 2]), type(v._replace(x=0)).__name__)
class Pt(namedtuple('Pt', 'x y')):
    def __new__(cls, x, y=0):
        return super().__new__(cls, x, y)
print(Pt(5), Pt(1, 2))
class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]
t = Tally('hello')
print(t.top(), t, isinstance(t, Counter))
class DD(defaultdict):
    def __missing__(self, key):
        return key * 2
d = DD(None)
print(d['ab'], d)
print(Pt._make([7, 8]), Pt(3)._replace(y=9), Vec(1, 2) == (1, 2), sorted([Vec(2, 0), Vec(1, 5)]))
import collections
class Stack(collections.deque):
    def peek(self):
        return self[-1]
s = Stack([1, 2, 3])
s.append(4)
print(s, s.peek(), len(s), s.copy(), type(s.copy()).__name__, isinstance(s, collections.deque))
from collections import OrderedDict
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        if key in self:
            del self[key]
        OrderedDict.__setitem__(self, key, value)
lu = LastUpdated()
lu['a'] = 1; lu['b'] = 2; lu['a'] = 3
print(lu, list(lu), lu.copy())
print(Tally(), Tally('aab').copy(), type(Tally('a').copy()).__name__, type(Tally('a') + Tally('b')).__name__)
