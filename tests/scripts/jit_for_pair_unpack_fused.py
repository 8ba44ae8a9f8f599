# `for a, b in xs` over a list: tuples of two are unpacked in place by native
# code; everything else (lists of two, wrong lengths, strs, generators, a list
# changed while it is walked) must behave exactly as in CPython.


def total(pairs):
    s = 0
    for a, b in pairs:
        s += a * 3 + b
    return s


def names(pairs):
    out = []
    for k, v in pairs:
        out.append(k + "=" + str(v))
    return ",".join(out)


def shapes(items):
    got = []
    for a, b in items:
        got.append((type(a).__name__, type(b).__name__))
    return got


def guarded(items):
    try:
        n = 0
        for a, b in items:
            n += 1
        return ("ok", n)
    except ValueError as e:
        return ("ValueError", str(e))
    except TypeError as e:
        return ("TypeError", str(e))


def mutate_while_walking(pairs):
    seen = []
    for a, b in pairs:
        seen.append(a + b)
        if len(pairs) < 12:
            pairs.append((a + 10, b))
    return seen


def replace_current(pairs):
    # The tuple being unpacked loses its last reference from the list; its
    # items must stay alive.
    out = []
    i = 0
    for a, b in pairs:
        pairs[i] = None
        out.append(a + b)
        i += 1
    return out, pairs


def big_values(n):
    pairs = [(2**62 + i, 2**62) for i in range(n)]
    s = 0
    for a, b in pairs:
        s += a + b
    return s


class P:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "P(%d)" % self.v


def objects(n):
    pairs = [(P(i), [i] * 2) for i in range(n)]
    out = []
    for p, l in pairs:
        out.append(p.v + l[1])
    del pairs
    return out[-3:]


for rep in range(60):
    t = total([(i, i + 1) for i in range(50)])
print("total", t)
print("floats", total([(0.5, 1.25), (2, 3)]))
print("names", names([("a", 1), ("b", 2), ("c", 3)] * 2))
print("lists", shapes([[1, 2], (3.0, "x"), "ab", range(2), {"k": 1, "j": 2}]))
for bad in ([(1, 2), (1, 2, 3)], [(1, 2), (1,)], [(1, 2), 5], [(1, 2), None], [()]):
    print(guarded(bad))
print("gen", guarded((i, i) for i in range(5)))
print("mutate", mutate_while_walking([(1, 2), (3, 4)]))
print("replace", replace_current([(1, 2), ("x", "y"), (3.5, 1)]))
print("big", big_values(40))
print("objects", objects(200))
for rep in range(3):
    print("enumerate", [i + a * b for i, (a, b) in enumerate([(1, 2), (3, 4)])])
d = {"a": 1, "b": 2}
for rep in range(40):
    acc = []
    for k, v in list(d.items()):
        acc.append(k * v)
print("items", acc)
