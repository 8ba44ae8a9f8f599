# One `xs[i]` read site in a hot loop that sees plain lists first and then
# list-like user classes with __getitem__, tuples, ranges and dicts; and
# index values that are bools, negative or of the wrong type, so a fast
# path that checks only "some list, some int" would be wrong.


class Shifted:
    # a list-like wrapper: reads add 1000, stores go to the inner list
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i] + 1000

    def __setitem__(self, i, v):
        self.items[i] = v

    def __len__(self):
        return len(self.items)


class Squares:
    def __getitem__(self, i):
        return i * i

    def __len__(self):
        return 10


def read_all(xs, n):
    s = 0
    m = len(xs)
    for i in range(n):
        s += xs[i % m]
    return s


N = 3000
print("list", read_all(list(range(10)), N))
print("shifted", read_all(Shifted(range(10)), N))
print("tuple", read_all(tuple(range(10)), N))
print("range", read_all(range(10), N))
print("dict", read_all({k: k * 3 for k in range(10)}, N))
print("squares", read_all(Squares(), N))
print("list_again", read_all(list(range(10, 20)), N))
print("shifted_again", read_all(Shifted(range(10, 20)), N))


def read_with_index(xs, idxs, n):
    s = 0
    for i in range(n):
        s += xs[idxs[i % len(idxs)]]
    return s


xs = list(range(100, 110))
print("idx_int", read_with_index(xs, list(range(10)), N))
print("idx_bool", read_with_index(xs, [True, False], N))
print("idx_neg", read_with_index(xs, list(range(-10, 0)), N))
print("idx_mixed", read_with_index(xs, [1, 2, True, False, -1, -3], N))
try:
    read_with_index(xs, list(range(10)) + [1.0], N)
except TypeError as e:
    print("idx_float TypeError", e)
try:
    read_with_index(xs, list(range(10)) + ["1"], N)
except TypeError as e:
    print("idx_str TypeError", e)
try:
    read_with_index(xs, list(range(10)) + [None], N)
except TypeError as e:
    print("idx_none TypeError", e)
try:
    read_with_index(xs, list(range(10)) + [10], N)
except IndexError as e:
    print("idx_out IndexError", e)
print("idx_int_again", read_with_index(xs, list(range(9, -1, -1)), N))


def store_with_index(idxs, n):
    xs = [0] * 10
    for i in range(n):
        xs[idxs[i % len(idxs)]] += i
    return xs


print("store_idx_int", store_with_index(list(range(10)), N))
print("store_idx_neg", store_with_index(list(range(-5, 5)), N))
print("store_idx_bool", store_with_index([True, False, 2], N))


def slices_and_items(n):
    xs = list(range(30))
    s = 0
    for i in range(n):
        k = i % 30
        v = xs[k:k + 2] if i % 7 == 0 else xs[k]
        if type(v) is list:
            s += len(v)
        else:
            s += v
    return s


print("slices_and_items", slices_and_items(N))


def shifted_store(n):
    d = Shifted([0] * 5)
    p = [0] * 5
    for i in range(n):
        d[i % 5] = i
        p[i % 5] = d[i % 5]
    return d.items, p, d[0], p[0]


print("shifted_store", shifted_store(N))


def getitem_raises(n):
    class Sparse:
        def __getitem__(self, i):
            if i % 4 == 3:
                raise KeyError(i)
            return i

    targets = [list(range(4)), Sparse()]
    s = 0
    misses = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        t = targets[(i // 500) % 2]
        try:
            s += t[i % 4]
        except KeyError:
            misses += 1
    return s, misses


print("getitem_raises", getitem_raises(4000))
