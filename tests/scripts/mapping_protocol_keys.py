class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k):
        if k in ('a', 'b'): return k.upper()
        raise KeyError(k)
def f(**kw): return sorted(kw.items())
print(dict(M()), {**M(), 'c': 1}, f(**M()))
d = {}; d.update(M()); print(d)
from collections import Counter, defaultdict, OrderedDict
c = Counter("abracadabra")
print(dict(c), sorted(dict(defaultdict(int, x=1)).items()), {**c}, dict(OrderedDict(a=1)))
def g(a, b): return a + b
print(g(**OrderedDict(a=1, b=2)))
try:
    dict(5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
