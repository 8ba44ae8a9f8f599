# Dict and set operations in hot loops whose key types change after the loop
# is hot: int keys, then equal float/bool keys (1 == 1.0 == True), big ints,
# strings, tuples; unhashable keys raising TypeError; counters and
# membership tests.


def counts(keys):
    d = {}
    for k in keys:
        d[k] = d.get(k, 0) + 1
    return d


ks = [i % 10 for i in range(2000)] + [1.0, True, 2.5, 2 ** 64, -1, "1", (1,), 0.0, False]
d = counts(ks)
print("counts", sorted((repr(k), v) for k, v in d.items()))


def equal_keys(n):
    d = {}
    for i in range(n):
        d[i % 5] = i
    d[1.0] = "float"
    d[True] = "bool"
    d[2 ** 64] = "big"
    d[-1] = "neg"
    return list(d.items()), d[1], d[2 ** 64], hash(-1) == hash(-2)


print("equal_keys", equal_keys(2000))


def set_membership(n):
    s = set(range(0, n, 3))
    hit = 0
    for i in range(n):
        v = i if i < 1800 else i * 1.0
        if v in s:
            hit += 1
    s.add(0.5)
    s.discard(3)
    return hit, 0.5 in s, 3 in s, 3.0 in s, len(s)


print("set_membership", set_membership(2500))


def unhashable(n):
    d = {}
    errs = []
    for i in range(n):
        k = i % 7 if i != 1900 else [i]
        try:
            d[k] = i
        except TypeError as e:
            errs.append(str(e))
    try:
        {1, 2}.add({})
    except TypeError as e:
        errs.append(str(e))
    return len(d), errs


print("unhashable", unhashable(2000))


def tuple_keys(n):
    grid = {}
    for i in range(n):
        grid[(i % 40, i // 40)] = i
    s = 0
    for x in range(40):
        for y in range(10):
            s += grid.get((x, y), 0)
    return len(grid), s, grid[(3, 2)], (3.0, 2) in grid


print("tuple_keys", tuple_keys(2400))


def str_keys_switch(n):
    d = {}
    for i in range(n):
        k = "k" + str(i % 50) if i < 2000 else i % 50
        d[k] = d.get(k, 0) + 1
    return len(d), d["k7"], d[7]


print("str_keys_switch", str_keys_switch(2500))


def set_ops(n):
    a = set()
    b = set()
    for i in range(n):
        a.add(i % 300)
        if i % 2:
            b.add(i % 450)
    return len(a | b), len(a & b), len(a - b), len(a ^ b), sorted(a - b)[:5]


print("set_ops", set_ops(2500))


def pop_setdefault(n):
    d = {}
    groups = {}
    for i in range(n):
        groups.setdefault(i % 9, []).append(i)
        d[i] = i
        if i >= 1500:
            d.pop(i - 1500)
    missing = d.pop(-5, "none")
    try:
        d.pop(-5)
    except KeyError as e:
        missing = (missing, "KeyError", str(e))
    return len(d), len(groups[4]), missing, list(d)[:3]


print("pop_setdefault", pop_setdefault(2500))


def dict_order_after_delete(n):
    d = {}
    for i in range(n):
        d[i % 100] = i
        if i == 2000:
            for k in range(0, 100, 2):
                del d[k]
    return list(d)[:8], len(d)


print("dict_order_after_delete", dict_order_after_delete(2200))


def nan_keys():
    nan = float("nan")
    d = {nan: 1}
    d[nan] = 2
    d[float("nan")] = 3
    return len(d), list(d.values())


print("nan_keys", nan_keys())
