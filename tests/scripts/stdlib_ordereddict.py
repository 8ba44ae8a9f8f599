from collections import OrderedDict

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

od = OrderedDict()
print(od, repr(od), len(od), bool(od), type(od).__name__)
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b'); print(od)
od.move_to_end('b', last=False); print(od)
od.move_to_end('c', False); print(od)
show("move missing", lambda: od.move_to_end('zz'))
print(od.popitem(), od)
print(od.popitem(last=False), od)
show("popitem empty", lambda: OrderedDict().popitem())
o2 = OrderedDict([('x', 1), ('y', 2)])
o3 = OrderedDict([('y', 2), ('x', 1)])
print(o2 == o3, o2 == dict(x=1, y=2), dict(y=2, x=1) == o2, o2 != o3, o2 == OrderedDict(x=1, y=2))
print(OrderedDict(a=1, b=2), OrderedDict({'z': 0, 'a': 1}), OrderedDict.fromkeys('abc', 0))
print(list(reversed(o2)), o2.get('x'), o2.get('q'), 'x' in o2, o2.copy(), o2.setdefault('w', 9), o2)
print(o2.pop('w'), o2)
o2.update({'k': 5}, m=6); print(o2)
del o2['k']; print(o2)
print(o2 | {'n': 1}, type(o2 | {'n': 1}).__name__)
show("hash", lambda: hash(OrderedDict()))

# LRU cache built on OrderedDict
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return -1
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        if k in self.data:
            self.data.move_to_end(k)
        self.data[k] = v
        if len(self.data) > self.cap:
            self.data.popitem(last=False)
lru = LRU(2)
lru.put(1, 1); lru.put(2, 2)
print(lru.get(1))
lru.put(3, 3)
print(lru.get(2))
lru.put(4, 4)
print(lru.get(1), lru.get(3), lru.get(4), lru.data)
big = OrderedDict()
for i in range(20000):
    big[i % 500] = i
    if i % 3 == 0:
        big.move_to_end(i % 250)
while len(big) > 5:
    big.popitem(last=False)
print(big)
print(sorted(OrderedDict(b=2, a=1).items()), [k for k in OrderedDict(b=2, a=1)])
