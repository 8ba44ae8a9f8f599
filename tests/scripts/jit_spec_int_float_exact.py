# Int/float mixing where exactness matters: comparisons of ints beyond 2**53
# with floats (2**53 + 1 == float(2**53 + 1) is False), big ints against
# floats and inf/nan, int + float arithmetic that rounds (2**53 + 1 + 0.0),
# in hot loops whose operands were plain small ints when compiled.

P = 2 ** 53


def cmp_table(pairs):
    out = []
    for a, b in pairs:
        out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    return out


pairs = [(1, 1.5), (2, 2.0), (P + 1, float(P + 1)), (P + 1, float(P)), (float(P), P + 1),
         (P, float(P)), (-P - 1, float(-P)), (2 ** 63, 2.0 ** 63), (2 ** 63 - 1, 2.0 ** 63),
         (2 ** 64 + 1, 2.0 ** 64), (10 ** 400, float("inf")), (-(10 ** 400), float("-inf")),
         (10 ** 400, 1e308), (3, float("nan")), (True, 1.0), (False, -0.0), (0, -0.0),
         (2 ** 1024, 1.7976931348623157e308)]


def hot_cmp(n):
    # small ints while the loop warms up, then the exact-sensitive pairs in
    # the same compiled loop
    acc = 0
    res = []
    k = n - len(pairs)
    for i in range(n):
        if i < k:
            a = i
            b = i + 1
        else:
            a, b = pairs[i - k]
        r = (a < b, a <= b, a == b, a != b, a > b, a >= b)
        if a < b:
            acc += 1
        if a == b:
            acc += 100
        if i >= k:
            res.append(r)
    return acc, res + cmp_table(pairs[:3])


acc, res = hot_cmp(2000)
print("hot_cmp warm", acc)
for (a, b), row in zip(pairs + pairs[:3], res):
    print("  ", repr(a) if abs(a) < 10 ** 30 else "big", repr(b), row)


def loop_mixed_eq(n):
    eq = 0
    lt = 0
    for i in range(n):
        a = P + i
        b = float(a)
        if a == b:
            eq += 1
        if a > b:
            lt += 1
    return eq, lt


print("loop_mixed_eq", loop_mixed_eq(2000))


def mixed_arith(n):
    out = []
    s = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        x = P + (i % 4)
        y = x + 0.0
        z = 0.5 + x
        w = x * 1.0
        d = x - 1.0
        s += int(y) - x
        if i >= n - 4:
            out.append((repr(y), repr(z), repr(w), repr(d), int(y) == x))
    return s, out


s, out = mixed_arith(1600)
print("mixed_arith", s)
for row in out:
    print("  ", row)


def float_to_int_compare(n):
    hits = 0
    for i in range(n):
        f = i * 0.5
        k = i // 2
        if f == k:
            hits += 1
        if f < k:
            hits += 1000
    return hits


print("float_to_int_compare", float_to_int_compare(2500))


def int_float_accum_exact(n):
    a = P
    for i in range(n):
        a = a + 1
    f = float(P)
    for i in range(n):
        f = f + 1
    return a, repr(f), a == f, a > f


print("int_float_accum_exact", int_float_accum_exact(2000))


def big_vs_float_loop(n):
    big = 10 ** 20
    c = 0
    last = None
    for i in range(n):
        v = big + i
        fv = 1e20 + i
        last = (v == fv, v < fv, v > fv)
        if v == fv:
            c += 1
    return c, last, 10 ** 20 == 1e20, 10 ** 20 + 1 == 1e20


print("big_vs_float_loop", big_vs_float_loop(2000))


def nan_loop(n):
    nan = float("nan")
    inf = float("inf")
    c = [0, 0, 0, 0]
    for i in range(n):
        v = i if i < 1500 else nan
        if v < inf:
            c[0] += 1
        if v == v:
            c[1] += 1
        if v != v:
            c[2] += 1
        if not (v >= 0):
            c[3] += 1
    return c


print("nan_loop", nan_loop(2000))
print("edges", 2 ** 53 + 1 == float(2 ** 53 + 1), repr(2 ** 53 + 1 + 0.0), 1 < 1.5,
      repr(float(2 ** 63)), int(2.0 ** 63), 2 ** 63 == 2.0 ** 63, repr(9007199254740993 * 1.0),
      repr(-(2 ** 53) - 1 - 0.0), max(2 ** 53 + 1, float(2 ** 53)), min(2.0, 2), max(2, 2.0))
