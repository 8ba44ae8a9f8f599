# Comparisons whose results are not bools: classes whose __lt__, __eq__,
# __gt__ and friends return strs, ints, None, lists or other objects. The
# results are stored in locals and printed (r = a < b), used in `if` and
# `while`, in `not`, and in and/or chains, in hot loops that were compiled
# while the operands were ints (so the compare was speculated int-int).


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return "lt" if self.v < other else ""

    def __gt__(self, other):
        return self.v - other

    def __eq__(self, other):
        return [self.v] if self.v == other else []

    def __ne__(self, other):
        return None

    def __le__(self, other):
        return self.v

    def __ge__(self, other):
        return 0.0 if self.v >= other else 1.5

    def __repr__(self):
        return "Weird(%r)" % (self.v,)


def cmp_loop(n):
    a = 0
    b = 5
    trues = 0
    last = []
    for i in range(n):
        if i == 1500:
            a = Weird(3)
        r = a < b
        s = a > b
        t = a == b
        u = a != b
        w = a <= b
        x = a >= b
        if r:
            trues += 1
        if s:
            trues += 10
        if t:
            trues += 100
        if not u:
            trues += 1000
        if w and x:
            trues += 10000
        if i in (1499, 1500, 1501):
            last.append((repr(r), repr(s), repr(t), repr(u), repr(w), repr(x)))
        if i > 1500:
            b = i % 7
    return trues, last, repr(r), repr(s), repr(t)


trues, last, r, s, t = cmp_loop(2000)
print("cmp_loop", trues, r, s, t)
for row in last:
    print("  row", row)


class Level:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        ov = other.v if isinstance(other, Level) else other
        return self.v - ov if self.v < ov else 0


def while_nonbool(n):
    lv = Level(0)
    steps = 0
    while lv < n:
        r = lv < n
        steps += 1
        lv = Level(lv.v + 1) if r else lv
    return steps, lv.v, repr(lv < n), repr(Level(1) < Level(5))


print("while_nonbool", while_nonbool(1500))


def chained_mixed(n):
    out = []
    for i in range(n):
        if i < 1600:
            lo = 0
        else:
            lo = Weird(i % 4)
        r = lo < 2 < 3
        q = 1 < 2 and lo < 2
        z = lo < 2 or "fallback"
        if i >= n - 4:
            out.append((repr(r), repr(q), repr(z)))
    return out


for row in chained_mixed(1700):
    print("  chained", row)


class Reflect:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return "reflected-gt %r" % (other,)

    def __eq__(self, other):
        return 42


def reflected(n):
    res = []
    obj = Reflect(1)
    k = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        k = i
        if i == 1700:
            k = 3
            res.append(repr(k < obj))
            res.append(repr(k == obj))
            res.append(repr(2.5 < obj))
            res.append(repr(obj == "x"))
            res.append(repr([k] == [obj]))
            res.append(repr((obj,) == (1,)))
    return res, k


print("reflected", reflected(1800))


def not_results(n):
    count = 0
    obj = Weird(1)
    for i in range(n):
        x = i if i < 1500 else obj
        r = not (x < 1)
        e = not (x == 1)
        if r:
            count += 1
        if e:
            count += 1000
    return count, r, e


print("not_results", not_results(2000))


def sort_key_cmp(n):
    class K:
        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            return 1 if self.v < other.v else 0

    xs = [K((i * 7919) % n) for i in range(n)]
    ys = sorted(xs)
    return [k.v for k in ys[:5]], max(xs, key=lambda k: k.v).v, min(xs).v


print("sort_key_cmp", sort_key_cmp(1500))
