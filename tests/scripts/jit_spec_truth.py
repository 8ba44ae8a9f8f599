# Truth tests in compiled loops on values whose type changes after the loop
# is hot: ints then floats (-0.0, nan), big ints, None, empty and full
# containers, and objects whose __bool__ / __len__ decide (or raise, or
# return a non-bool); `and` / `or` results that are not bools, stored and
# printed; `not` of each.


def fmt(v):
    return type(v).__name__ + ":" + repr(v)


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v is None:
            raise ValueError("no truth")
        return self.v


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def truth_counts(vals, n):
    yes = 0
    nots = 0
    for i in range(n):
        a = i * 2
        b = a + 1
        c = b - a
        v = vals[i % len(vals)] if i >= 1500 else i % 3
        if v:
            yes += 1
        if not v:
            nots += 1
    return yes, nots, c


print("ints", truth_counts([0, 1, -1], 2000))
print("floats", truth_counts([0.0, -0.0, float("nan"), 0.5, float("inf")], 2000))
print("big", truth_counts([2 ** 64, -(2 ** 70), 0], 2000))
print("none/bool", truth_counts([None, True, False], 2000))
print("containers", truth_counts(["", "a", [], [0], (), (0,), {}, {0: 0}], 2000))
print("objects", truth_counts([Flag(True), Flag(False), Sized(0), Sized(3)], 2000))


def truth_raises(n):
    errs = []
    yes = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        a = i + 1
        b = a * 3
        c = b - a
        v = i if i < 1500 else (Flag(None) if i % 100 == 0 else Flag(i % 2 == 0))
        try:
            if v:
                yes += 1
        except ValueError as e:
            errs.append((i, str(e)))
    return yes, len(errs), errs[:2], c


print("truth_raises", truth_raises(2000))


def bad_bool(n):
    msgs = set()
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        a = i * 5
        b = a - i
        v = i if i < 1500 else Flag(i)
        try:
            r = not v
        except TypeError as e:
            msgs.add(str(e))
    return sorted(msgs), b


print("bad_bool", bad_bool(1600))


def and_or_values(n):
    out = []
    for i in range(n):
        a = i % 4
        b = a * 2
        x = a if i < 1500 else [None, 0.0, "", "s", 2 ** 65, -0.0][i % 6]
        r1 = x and b
        r2 = x or b
        r3 = x and x or "fallback"
        r4 = not x or x
        if i >= n - 6:
            out.append((fmt(x), fmt(r1), fmt(r2), fmt(r3), fmt(r4)))
    return out


for row in and_or_values(1800):
    print("  and_or", row)


def while_truthy(n):
    v = n
    steps = 0
    while v:
        v = v - 1
        steps += 1
        if v == 500:
            v = 500.0
    return steps, fmt(v)


print("while_truthy", while_truthy(2000))


def while_len(n):
    xs = list(range(n))
    steps = 0
    chk = 0
    while xs:
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        xs.pop()
        steps += 1
        if steps == 1200:
            xs = tuple(xs)
            xs = list(xs)
    return steps, xs


print("while_len", while_len(2000))
