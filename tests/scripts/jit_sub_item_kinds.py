# One `xs[i]` site fed lists whose item type changes: the same hot function
# called with lists of ints, then floats, then strs, bools, None, nested
# lists, big ints and user objects; and lists whose items change type in
# the middle of a loop (through an alias).


def total(xs):
    n = len(xs)
    acc = xs[0]
    for i in range(1, n):
        acc = acc + xs[i]
    return acc


N = 3000
print("ints", total(list(range(N))))
print("floats", total([k * 0.25 for k in range(N)]))
print("strs", len(total([chr(97 + k % 26) for k in range(N)])), total(["ab", "cd", "ef"] * 3))
print("bools", total([k % 3 == 0 for k in range(N)]))
print("bigints", total([2 ** 64 + k for k in range(N)]) % 1000000007)
print("lists", len(total([[k] for k in range(N)])), total([[1], [2, 3]]))
print("tuples", total([(k,) for k in range(5)]))
print("ints_again", total(list(range(N, 0, -1))))
print("mixed_num", total([k if k % 2 else k * 0.5 for k in range(N)]))
print("int_then_float", total(list(range(N)) + [0.5]))
print("float_then_int", total([0.5] + list(range(N))))
print("bool_then_int", total([True] * N + [2]))
print("neg_ints", total([-k for k in range(N)]))
try:
    total(list(range(N)) + [None])
except TypeError as e:
    print("none TypeError", e)
try:
    total(list(range(N)) + ["s"])
except TypeError as e:
    print("str TypeError", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + other)

    def __radd__(self, other):
        return Money(self.cents + other)

    def __repr__(self):
        return "Money(%d)" % self.cents


print("objects", total([Money(k) for k in range(N)]))
print("int_then_obj", total(list(range(N)) + [Money(1)]))


def count_kinds(xs, n):
    c_int = 0
    c_float = 0
    c_other = 0
    for i in range(n):
        v = xs[i % len(xs)]
        if type(v) is int:
            c_int += 1
        elif type(v) is float:
            c_float += 1
        else:
            c_other += 1
    return c_int, c_float, c_other


print("kinds_int", count_kinds([1, 2, 3], 4000))
print("kinds_mixed", count_kinds([1, 2.0, "3", None, True, [4]], 4000))
print("kinds_int2", count_kinds([7], 4000))


def alias_changes(n):
    xs = list(range(100))
    ys = xs
    s = 0
    for i in range(n):
        if i == n // 2:
            ys[i % 100] = 1.5
        if i == n // 2 + 300:
            ys[(i + 1) % 100] = "x"
        v = xs[i % 100]
        if type(v) is str:
            s += 1000
        else:
            s += v
    return s, xs is ys, xs[(n // 2) % 100], xs[(n // 2 + 301) % 100]


print("alias_changes", alias_changes(4000))


def swapped_list(n):
    a = list(range(10))
    b = [k / 2 for k in range(10)]
    c = ["q"] * 10
    xs = a
    s = 0
    strs = 0
    for i in range(n):
        if i == 1500:
            xs = b
        elif i == 2500:
            xs = c
        elif i == 3000:
            xs = a
        v = xs[i % 10]
        if type(v) is str:
            strs += 1
        else:
            s += v
    return s, strs


print("swapped_list", swapped_list(4000))


def none_sentinel(n):
    xs = [None] * 10
    s = 0
    nones = 0
    for i in range(n):
        k = i % 10
        v = xs[k]
        if v is None:
            nones += 1
            xs[k] = i
        else:
            s += v
            if i % 7 == 0:
                xs[k] = None
    return s, nones


print("none_sentinel", none_sentinel(5000))


def nested_lists_read(n):
    grid = [[r * c for c in range(8)] for r in range(8)]
    s = 0
    for i in range(n):
        row = grid[i % 8]
        s += row[(i // 8) % 8]
        if i == n // 2:
            grid[3] = [0.5] * 8
        if i == n // 2 + 100:
            grid[5] = "abcdefgh"
            break
    return s, grid[3][0], grid[5][2]


print("nested_lists_read", nested_lists_read(5000))


def true_plus_one(n):
    xs = [True, False, True, True]
    out = 0
    for i in range(n):
        out += xs[i % 4] + 1
        out += xs[i % 4] * 2
        out -= -xs[(i + 1) % 4]
    return out, xs[0] + 1, xs[1] - 1, xs[0] * 2, -xs[0], ~xs[0], xs[0] // 1, xs[0] / 2


print("true_plus_one", true_plus_one(4000))


def big_overflow_items(n):
    xs = [2 ** 62, 2 ** 62, -2 ** 63, 2 ** 63 - 1]
    s = 0
    big = 0
    for i in range(n):
        v = xs[i % 4] + xs[(i + 1) % 4]
        if v > 2 ** 63 - 1 or v < -2 ** 63:
            big += 1
        s = (s + v) % 1000000007
    return s, big


print("big_overflow_items", big_overflow_items(4000))


def float_specials(n):
    xs = [1.0, float("inf"), -0.0, 2.5]
    s = 0.0
    negz = 0
    for i in range(n):
        v = xs[i % 4]
        if v == 0.0 and str(v) == "-0.0":
            negz += 1
        if v != float("inf"):
            s += v
    xs[2] = float("nan")
    nan_seen = 0
    for i in range(n):
        v = xs[i % 4]
        if v != v:
            nan_seen += 1
    return s, negz, nan_seen


print("float_specials", float_specials(4000))
