# Tuple unpacking and swaps in compiled loops with typed locals: a, b = b, a
# where one is an int and the other a float (the types trade places every
# iteration), for a, b in pairs whose item types change, unpacking of the
# wrong length caught as ValueError, starred unpacking, and unpacking a
# str, a list and a dict's items.


def fmt(v):
    return type(v).__name__ + ":" + repr(v)


def swap_types(n):
    a = 1
    b = 0.5
    t = 0
    for i in range(n):
        a, b = b, a
        t = t + a
    return fmt(a), fmt(b), fmt(t)


print("swap_types", swap_types(2001))


def rotate3(n):
    x = 1
    y = 2.5
    z = 2 ** 64
    for i in range(n):
        x, y, z = y, z, x
    return fmt(x), fmt(y), fmt(z)


print("rotate3", rotate3(2000))


def fib_pair(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
        if i == 1400:
            a, b = a * 1.0, b * 1.0
        if a > 1e300:
            a, b = 0, 1
    return fmt(a), fmt(b)


print("fib_pair", fib_pair(2000))


def pairs_loop(pairs):
    sa = 0
    sb = 0
    for a, b in pairs:
        sa = sa + a
        sb = sb + b * 2
    return fmt(sa), fmt(sb)


ints = [(i, i + 1) for i in range(2000)]
print("pairs ints", pairs_loop(ints))
print("pairs late float", pairs_loop(ints[:1500] + [(0.5, 1)] + ints[1500:]))
print("pairs late big", pairs_loop(ints[:1500] + [(2 ** 64, 2 ** 63)] + ints[1500:]))
print("pairs lists", pairs_loop([[i, -i] for i in range(1500)]))


def dict_items_loop(n):
    d = {i: i * 0.5 if i % 2 else i for i in range(n)}
    sk = 0
    sv = 0
    for k, v in d.items():
        sk = sk + k
        sv = sv + v
    return sk, fmt(sv)


print("dict_items_loop", dict_items_loop(2000))


def bad_lengths(n):
    rows = [(1, 2), (1, 2, 3), (1,), [4, 5], "ab", "abc", (6, 7)]
    ok = 0
    errs = {}
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        a = i * 2
        b = a - i
        c = b + a
        r = rows[i % len(rows)] if i >= 1500 else (i, i)
        try:
            p, q = r
            ok += 1
        except ValueError as e:
            m = str(e)
            errs[m] = errs.get(m, 0) + 1
    return ok, sorted(errs.items()), c


print("bad_lengths", bad_lengths(2100))


def starred(n):
    heads = 0
    mids = 0
    tails = 0
    for i in range(n):
        first, *mid, last = (i, i + 1, i + 2, i + 3) if i < 1500 else [i * 0.5, i]
        heads = heads + first
        mids = mids + len(mid)
        tails = tails + last
    return fmt(heads), mids, fmt(tails)


print("starred", starred(2000))


def nested_unpack(n):
    s = 0
    for i in range(n):
        (a, b), c = ((i, i + 1), i + 2) if i < 1500 else ((i * 1.0, "x"), 2 ** 64)
        s = s + a + c
    return fmt(s), fmt(b)


print("nested_unpack", nested_unpack(2000))


def enumerate_unpack(xs):
    t = 0
    for i, (a, b) in enumerate(xs):
        t = t + i * a - b
    return fmt(t)


print("enumerate_unpack", enumerate_unpack([(k, k % 7) for k in range(2000)]))
print("enumerate_unpack mixed", enumerate_unpack([(k, k % 7) for k in range(1500)] + [(0.5, 2 ** 70)] * 10))
