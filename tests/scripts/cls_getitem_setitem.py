# __getitem__ / __setitem__ / __delitem__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("out of grid")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.cells[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.cells[key]

g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], g[2, 1])
for y in range(2):
    print("".join(g[x, y] for x in range(3)))
del g[0, 0]
print(g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError", e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError", e)
print(len(g.log), g.log[:3])
g[1, 0] = 1
g[1, 0] += 5
print(g[1, 0])
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i]
    def __len__(self):
        return len(self.data)
s = Seq([10, 20, 30, 40])
print(s[0], s[-1], s[1:3], s[::-1], len(s))
print(list(s), [x for x in s], 30 in s)
class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        self.d[k] = v
m = Mapping()
for w in "a b a c a b".split():
    m[w] += 1
print(m.d, m["zzz"])
