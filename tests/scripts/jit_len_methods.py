# Tier 2: `len(x)` assumed to be the built-in (list lengths read in place) and
# method lookups through tier 1's caches, with the assumptions broken mid-loop.


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Walker:
    def __init__(self):
        self.steps = 0

    def step(self, k):
        self.steps += k
        return self.steps


def lengths(items):
    t = 0
    for x in items:
        t += len(x)
    return t


data = [[1, 2, 3]] * 3000 + ["abcd"] * 10 + [(1, 2)] * 10 + [{1: 2}] + [Sized(7)] * 5
print("lengths", lengths(data))
try:
    lengths([[1]] * 2000 + [5])
except TypeError as e:
    print("TypeError", e)
try:
    lengths([[1]] * 2000 + [Sized(-1)])
except ValueError as e:
    print("ValueError", e)


def shadow_len():
    global len
    len = lambda v: 100


def rebound(n):
    xs = [0, 1]
    t = 0
    for i in range(n):
        if i == n // 2:
            shadow_len()
        t += len(xs)
    return t


print("rebound", rebound(4000))
del len
print("restored", len([1, 2, 3]), len("ab"))


def walk(w, n):
    for i in range(n):
        w.step(1)
        if i == 1500:
            Walker.step = lambda self, k: self.steps * 0 - 5
        if i == 2500:
            w.step = lambda k: 42
    return w.steps


w = Walker()
print("walk", walk(w, 3000), w.step(3))


def methods(values):
    out = []
    for v in values:
        out.append(v.count(1))
    return out


print("methods", sum(methods([[1, 1, 2]] * 2000 + [(1, 2, 1)] * 5 + ["111"] * 0)))
try:
    methods([[1]] * 2000 + [3])
except AttributeError as e:
    print("AttributeError", e)


def pops(n):
    xs = []
    t = 0
    for i in range(n):
        xs.append(i)
        if len(xs) > 10:
            t += xs.pop(0)
    return t, len(xs)


print("pops", pops(5000))
