# Tier 2: `d[k]` and `d[k] = v` on dicts and user classes through direct helpers
# (KeyError and user exceptions raised inside hot loops, caught and uncaught).


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        if key == (0, 13):
            raise IndexError("no cell 13")
        return self.cells.get(key, 0)

    def __setitem__(self, key, value):
        self.cells[key] = value * 2


def counts(words):
    c = {}
    for w in words:
        if w in c:
            c[w] = c[w] + 1
        else:
            c[w] = 1
    return c


words = ["a", "b", "a", "c", "b", "a"] * 700 + ["z"]
print(sorted(counts(words).items()))


def misses(n):
    d = {}
    t = 0
    for i in range(n):
        d[i % 7] = i
        t += d[i % 5]
        try:
            t += d[i + 100]
        except KeyError as e:
            t -= 1
            last = e
    return t, len(d), repr(last)


print(misses(3000))


def grid(n):
    g = Grid()
    t = 0
    for i in range(n):
        g[0, i % 20] = i
        try:
            t += g[0, i % 17]
        except IndexError as e:
            t += 1000
    return t, len(g.cells)


print(grid(3000))


def mixed(containers):
    t = 0
    for c in containers:
        t += c[1]
        c[1] = 5
    return t


print(mixed([{1: 2}] * 2000 + [[0, 1, 2]] * 10))
try:
    mixed([{1: 2}] * 2000 + [(0, 7)])
except TypeError as e:
    print("TypeError", e)
try:
    mixed([{1: 2}] * 2000 + [{}])
except KeyError as e:
    print("KeyError", e)
