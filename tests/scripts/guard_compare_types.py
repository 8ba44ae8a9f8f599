# Tier-1 guard failures on comparisons: sites hot on int/int (or float/float,
# str/str) then fed floats, big ints, bools, NaN, strs and user classes with
# rich comparison methods.


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def gt(a, b):
    return a > b


def ge(a, b):
    return a >= b


OPS = [("lt", lt), ("le", le), ("eq", eq), ("ne", ne), ("gt", gt), ("ge", ge)]

PAIRS = [
    (1, 2), (2, 2), (3, 2),
    (1.5, 2), (2, 2.0), (2.0, 1),
    (2 ** 63, 2 ** 63 - 1), (-(2 ** 64), 5), (2 ** 53 + 1, float(2 ** 53)),
    (True, 1), (False, 0.0), (True, 2),
    ("abc", "abd"), ("b", "abc"), ("", ""), ("é", "e"),
    (float("nan"), float("nan")), (float("inf"), 2 ** 80), (-0.0, 0),
    ((1, 2), (1, 3)), ([1, 2], [1, 2]), ((1, "a"), (1, "b")),
]


def warm_then_mix():
    for name, op in OPS:
        count = 0
        for i in range(800):
            if op(i % 17, 8):
                count += 1
        mixed = []
        for a, b in PAIRS:
            mixed.append(op(a, b))
        count2 = 0
        for i in range(400):
            if op(i * 0.5, 100.0):
                count2 += 1
        print(name, count, count2, mixed)


warm_then_mix()


# Comparisons across types that are not orderable must raise inside the loop.
def ordered(xs):
    bad = 0
    good = 0
    for i in range(len(xs) - 1):
        try:
            if xs[i] < xs[i + 1]:
                good += 1
        except TypeError as e:
            bad += 1
            if bad <= 3:
                print("TypeError:", e)
    return good, bad


print(ordered(list(range(500)) + ["a", 3, None, 4, 5.5, [1], (2,)]))


# A user class with __lt__/__eq__ arriving at a site that only saw ints.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        if isinstance(other, int):
            return self.major < other
        return (self.major, self.minor) < (other.major, other.minor)

    def __eq__(self, other):
        if isinstance(other, int):
            return self.major == other
        return self.major == other.major and self.minor == other.minor

    def __gt__(self, other):
        if isinstance(other, int):
            return self.major > other
        return (self.major, self.minor) > (other.major, other.minor)

    def __repr__(self):
        return "v" + str(self.major) + "." + str(self.minor)


def maximum(xs):
    best = xs[0]
    for x in xs:
        if best < x:
            best = x
    return best


def count_equal(xs, target):
    n = 0
    for x in xs:
        if x == target:
            n += 1
    return n


nums = [(i * 37) % 1001 for i in range(1000)]
print(maximum(nums), count_equal(nums, 500))
vs = [Version(i % 7, i % 11) for i in range(300)]
print(maximum(vs), count_equal(vs, Version(3, 3)), count_equal(vs, 3))
print(maximum(nums), count_equal(nums, 500))
print(maximum([1, 2.5, 2, True, 2 ** 70, 3.0]), count_equal([1, 1.0, True, "1", 2], 1))
print(maximum(["pear", "apple", "zoo", "kiwi"]), count_equal(["a", "b", "a"], "a"))
print(maximum([3, Version(5, 0), 4]), maximum([Version(1, 0), 7]))


# Chained comparisons whose middle operand changes type mid-loop.
def in_range(xs, lo, hi):
    out = 0
    for x in xs:
        if lo <= x < hi:
            out += 1
    return out


print(in_range(range(1000), 100, 200))
print(in_range([i / 4 for i in range(1000)], 100, 200))
print(in_range([True, False, 2 ** 65, -(2 ** 65), 150, 150.5], 0, 2 ** 66))
print(in_range(["m", "a", "z", "mm"], "b", "n"))


# while loops with a counter that turns into a float, then a big int.
def spin(start, stop, step):
    n = 0
    x = start
    while x < stop:
        x = x + step
        n += 1
    return n, x


print(spin(0, 500, 1))
print(spin(0, 500, 0.5))
print(spin(2 ** 64, 2 ** 64 + 300, 1))
print(spin(2 ** 63 - 200, 2 ** 63 + 100, 1))
print(spin(0.0, 10, 0.1))


# is / is not / in / not in on changing types.
def membership(xs, pool):
    hits = 0
    for x in xs:
        if x in pool:
            hits += 1
        if x is None:
            hits += 100
    return hits


print(membership(range(600), [1, 2, 3]))
print(membership(range(600), {1: 0, 5: 0}))
print(membership(range(600), "not ints"[:0] or (4, 5, 6.0)))
print(membership(["a", "bc", None], "abcd"[:0] or ["a", "bc"]))
print(membership([1, None, 2.0, True], {1, 2}))
