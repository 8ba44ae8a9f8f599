# `(a, b)` built in hot helpers and loops: many pairs stored in lists and
# dicts, compared, hashed as dict keys and set members, pairs of mixed and
# changing types (ints that overflow, floats, strs, None, objects), and pairs
# that outlive the frame that built them.


def mk(a, b):
    return (a, b)


def build_many(n):
    out = []
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        out.append(mk(i, i * i))
    return len(out), out[0], out[-1], out[n // 2]


print("build_many", build_many(5000))


def build_mixed(n):
    out = []
    for i in range(n):
        if i % 5 == 0:
            p = mk(i, str(i))
        elif i % 5 == 1:
            p = mk(i * 0.5, None)
        elif i % 5 == 2:
            p = mk(2 ** 64 + i, [i])
        elif i % 5 == 3:
            p = mk(True, i)
        else:
            p = mk(i, i)
        out.append(p)
    return out[:5], out[-5:]


print("build_mixed", build_mixed(4000))


def pair_keys(n):
    d = {}
    for i in range(n):
        key = (i % 37, i % 11)
        d[key] = d.get(key, 0) + 1
    hits = 0
    for i in range(n):
        if (i % 40, i % 12) in d:
            hits += 1
    return len(d), d[(0, 0)], d[(36, 10)], hits


print("pair_keys", pair_keys(5000))


def pair_keys_equal_across_types(n):
    d = {}
    for i in range(n):
        k = i % 10
        if i % 3 == 0:
            key = (k, k + 1)
        elif i % 3 == 1:
            key = (k * 1.0, (k + 1) * 1.0)
        else:
            key = (k == 1 or k, k + 1)
        d[key] = d.get(key, 0) + 1
    return sorted(d.items()), [type(x).__name__ for x in sorted(d)[0]]


print("pair_keys_equal_across_types", pair_keys_equal_across_types(3000))


def pair_set(n):
    seen = set()
    dups = 0
    for i in range(n):
        p = ((i * 7) % 97, (i * 13) % 89)
        if p in seen:
            dups += 1
        seen.add(p)
    return len(seen), dups, min(seen), max(seen)


print("pair_set", pair_set(12000))


def compare_pairs(n):
    lt = 0
    eq = 0
    gt = 0
    best = (-1, -1)
    for i in range(n):
        p = (i % 13, -(i % 7))
        q = (i % 11, -(i % 5))
        if p < q:
            lt += 1
        elif p == q:
            eq += 1
        else:
            gt += 1
        if p > best:
            best = p
    return lt, eq, gt, best


print("compare_pairs", compare_pairs(6000))


def compare_mixed(n):
    out = []
    errs = 0
    msg = None
    for i in range(n):
        a = (i % 3, i % 2)
        if i % 4 == 0:
            b = (i % 3, i % 2 * 1.0)
        elif i % 4 == 1:
            b = (i % 3, "x")
        elif i % 4 == 2:
            b = (i % 3 + 0.5, None)
        else:
            b = (i % 3, i % 2)
        try:
            r = (a < b, a == b, a >= b)
        except TypeError as e:
            errs += 1
            msg = str(e)
            r = (a == b, a != b)
        if i < 8:
            out.append(r)
    return out, errs, msg


print("compare_mixed", compare_mixed(4000))


def sort_pairs(n):
    ps = []
    for i in range(n):
        ps.append(((i * 7919) % 101, -i))
    ps.sort()
    ps2 = sorted(ps, key=lambda p: (p[1] % 3, p[0]))
    return ps[:3], ps[-3:], ps2[:3]


print("sort_pairs", sort_pairs(4000))


def pair_overflow(n):
    # the first element overflows past 2**63 partway
    acc = 2 ** 63 - 2000
    out = []
    for i in range(n):
        acc += 1
        p = (acc, acc - 2 ** 63)
        if i % 997 == 0 or i in (1998, 1999, 2000):
            out.append(p)
    return out


print("pair_overflow", pair_overflow(3000))


def float_pairs(n):
    s = 0.0
    worst = (0.0, 0.0)
    for i in range(n):
        p = (i * 0.1, -i * 0.25)
        s += p[0] + p[1]
        if p[0] - p[1] > worst[0] - worst[1]:
            worst = p
    return round(s, 6), worst


print("float_pairs", float_pairs(4000))


def pairs_survive(n):
    keep = []
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        obj = [i, [i]]
        p = (obj, str(i))
        if i % 1000 == 0:
            keep.append(p)
        del obj
    return [(p[0][0], p[0][1], p[1]) for p in keep]


print("pairs_survive", pairs_survive(4000))


def pair_identity(n):
    x = [1]
    same = 0
    for i in range(n):
        p = (x, x)
        if p[0] is p[1] and p[0] is x:
            same += 1
        q = (p, p)
        if q[0] is q[1]:
            same += 1
    return same, len(set([(1, 2), (1, 2), (2, 1)]))


print("pair_identity", pair_identity(3000))


def pairs_in_dict_values(n):
    best = {}
    for i in range(n):
        k = i % 50
        cand = ((i * 31) % 1000, i)
        cur = best.get(k)
        if cur is None or cand > cur:
            best[k] = cand
    return best[0], best[49], len(best)


print("pairs_in_dict_values", pairs_in_dict_values(5000))


def pair_hash_consistency(n):
    d = {}
    for i in range(n):
        d[(i, -i)] = i
    ok = 0
    for i in range(n):
        if d[mk(i, -i)] == i and hash((i, -i)) == hash(mk(i, -i)):
            ok += 1
    return ok, (1, 2) == mk(1, 2), mk(1, 2) == [1, 2], mk(1, 2) < mk(1, 3), mk(2 ** 70, 1) > mk(2 ** 70, 0)


print("pair_hash_consistency", pair_hash_consistency(3000))


def pair_repr(n):
    last = None
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        last = mk(mk(i, "a"), mk(None, -0.0))
    return repr(last), str(mk("x", ("y",))), repr(mk((), []))


print("pair_repr", pair_repr(2500))
