# Tier-1 guard failures on subscripts specialised for list/tuple/dict by int/str:
# the container switches from list to dict to str to tuple to a user
# __getitem__ class, indexes go negative, out of range (IndexError caught in the
# loop), become bools, big ints or floats, and stores switch container types.


class Squares:
    def __getitem__(self, i):
        if isinstance(i, int) and i >= 100:
            raise IndexError("Squares index out of range")
        return i * i


class Echo:
    def __getitem__(self, key):
        return ("echo", key)


def pick(c, i):
    return c[i]


def switch_containers(n):
    lst = list(range(100, 200))
    tup = tuple(range(200, 300))
    dct = {i: -i for i in range(100)}
    s = "abcdefghij" * 10
    sq = Squares()
    out = []
    for i in range(n):
        phase = (i // 150) % 6
        c = (lst, dct, s, tup, sq, Echo())[phase]
        v = pick(c, i % 100)
        if i % 50 == 0:
            out.append(v)
    return out


print(switch_containers(1800))


def negatives(xs, n):
    out = []
    errs = 0
    for i in range(n):
        k = (i % 25) - 15          # -15 .. 9
        try:
            v = xs[k]
        except IndexError as e:
            errs += 1
            if errs == 1:
                print("IndexError:", e)
            continue
        if i % 40 == 0:
            out.append(v)
    return out, errs


print(negatives(list(range(10)), 500))
print(negatives(tuple("abcdefghij"), 500))
print(negatives("0123456789", 500))
print(negatives(range(10, 20), 500))


def odd_indexes(n):
    xs = ["zero", "one", "two", "three"]
    out = []
    for i in range(n):
        out.append(xs[i % 4])
    out.append(xs[True])
    out.append(xs[False])
    out.append(xs[-True])
    try:
        out.append(xs[2 ** 64])
    except IndexError as e:
        out.append("IndexError: " + str(e))
    try:
        out.append(xs[1.0])
    except TypeError as e:
        out.append("TypeError: " + str(e))
    try:
        out.append(xs["1"])
    except TypeError as e:
        out.append("TypeError: " + str(e))
    return out[-9:]


print(odd_indexes(400))


def dict_keys(d, keys):
    found = []
    missing = 0
    for k in keys:
        try:
            found.append(d[k])
        except KeyError as e:
            missing += 1
            if missing <= 2:
                print("KeyError:", e)
    return found[-6:], missing


words = {"w" + str(i): i for i in range(200)}
print(dict_keys(words, ["w" + str(i % 250) for i in range(600)]))
mixed = {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple", None: "none", 2 ** 70: "big"}
print(dict_keys(mixed, [1] * 300 + [True, 1.0, 1.5, "1", (1, 2), None, 2 ** 70, 2]))


# Stores: the same STORE_SUBSCR site writes lists, dicts and user __setitem__.
class Recorder:
    def __init__(self):
        self.log = []

    def __setitem__(self, k, v):
        self.log.append((k, v))


def store_all(target, n):
    for i in range(n):
        target[i % 10] = i
    return target


print(store_all([0] * 10, 500))
print(store_all({}, 500))
print(store_all(Recorder(), 12).log[-3:])
try:
    store_all([0] * 5, 300)
except IndexError as e:
    print("IndexError:", e)
try:
    store_all((0,) * 10, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    store_all("0123456789", 3)
except TypeError as e:
    print("TypeError:", e)


# Nested subscripts on a grid whose rows change type.
def grid_sum(grid, n):
    t = 0
    for i in range(n):
        r = grid[i % len(grid)]
        t += r[i % 3] + r[-1]
    return t


g = [[1, 2, 3], [4, 5, 6]]
print(grid_sum(g, 600))
g.append((7, 8, 9))
g.append({0: 10, 1: 11, 2: 12, -1: 13})
g.append(Squares())
print(grid_sum(g, 600))


# del on subscripts inside a hot loop, list shrinking under the index.
def drain(xs):
    removed = []
    i = 0
    while xs:
        k = i % len(xs)
        removed.append(xs[k])
        del xs[k]
        i += 7
    return removed[:10], removed[-3:]


print(drain(list(range(500))))
d = {i: i for i in range(300)}
for i in range(0, 300, 2):
    del d[i]
print(len(d), list(d)[:5])
try:
    del d[0]
except KeyError as e:
    print("KeyError:", e)


# Slices mixed with indexes at one site.
def cut(xs, keys):
    return [xs[k] for k in keys]


print(cut(list(range(20)), [1, -1, 5] * 100)[:3])
print(cut(list(range(20)), [slice(2, 5), 3, slice(None, None, -7), slice(-3, None)]))
print(cut("hello world", [slice(0, 5), -1, slice(6, None)]))
