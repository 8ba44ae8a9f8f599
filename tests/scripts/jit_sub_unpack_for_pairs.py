# `for k, v in pairs` over lists of 2-tuples where a later element is a list
# pair, a 3-tuple, a str, a dict item view or a tuple of big ints/objects;
# `a, b = b, a` swaps in hot loops (including values of changing types) and
# `for k, v in d.items()` / zip / enumerate shapes feeding the same unpack.


def sum_pairs(pairs):
    s = 0
    n = 0
    for k, v in pairs:
        s += k * 3 + v
        n += 1
    return s, n


base = [(i, i % 17) for i in range(3000)]
print("tuples", sum_pairs(base))
print("list_pair", sum_pairs(base[:2000] + [[5, 6]] + base[2000:]))
print("mixed_lists", sum_pairs([(i, i) if i % 2 else [i, -i] for i in range(3000)]))
print("float_pairs", sum_pairs([(i * 0.5, 1.0) for i in range(3000)]))
print("big_pairs", sum_pairs([(2 ** 63 + i, -i) for i in range(3000)]))
print("bool_pairs", sum_pairs([(True, False)] * 3000))
try:
    sum_pairs(base[:2500] + [(1, 2, 3)] + base[2500:])
except ValueError as e:
    print("three ValueError", e)
try:
    sum_pairs(base[:2500] + [(1,)])
except ValueError as e:
    print("one ValueError", e)
try:
    sum_pairs(base + [7])
except TypeError as e:
    print("int TypeError", e)
try:
    sum_pairs(base + ["ab"])
except TypeError as e:
    print("str TypeError", e)
print("tuples_again", sum_pairs(base))
# the same loop fed other iterables of pairs after it was compiled for a list
print("zip", sum_pairs(zip(range(3000), range(3000, 0, -1))))
print("dict_items", sum_pairs({i: -i for i in range(3000)}.items()))
print("tuple_of_pairs", sum_pairs(tuple(base)))
print("genexpr", sum_pairs((i, i * i % 7) for i in range(3000)))
print("enumerate", sum_pairs(enumerate(range(5, 3005))))
print("lists_only", sum_pairs([[i, 1] for i in range(3000)]))
print("empty", sum_pairs([]))
print("list_again", sum_pairs(base[::-1]))


def resume_after_bad(pairs):
    # catch the bad element inside the loop body by unpacking by hand
    s = 0
    bad = []
    chk = 0
    for p in pairs:
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        try:
            k, v = p
        except (ValueError, TypeError) as e:
            bad.append(str(e))
            continue
        s += k - v
    return s, bad


mixed = list(base)
mixed[1200] = (1, 2, 3)
mixed[1900] = [4, 5]
mixed[2100] = (6,)
mixed[2200] = None
mixed[2300] = "pq"
print("resume_after_bad", resume_after_bad([m for m in mixed if m != "pq"]))


def items_loop(n):
    d = {i: i * i for i in range(n)}
    s = 0
    for k, v in d.items():
        s += v - k
    e = 0
    for i, (k, v) in enumerate(d.items()):
        e += i * k - v
    z = 0
    for a, b in zip(range(n), range(n, 0, -1)):
        z += a * b % 11
    return s, e, z


print("items_loop", items_loop(3000))


def swap_ints(n):
    a, b = 1, 2
    c = 0
    for i in range(n):
        a, b = b, a
        a += i % 3
        c += a - b
    return a, b, c


print("swap_ints", swap_ints(5000))


def swap_changing_types(n):
    a, b = 0, 0.5
    log = []
    for i in range(n):
        a, b = b, a
        if i == n // 2:
            a = "s"
        elif i == n // 2 + 1:
            b = None
        elif i == n // 2 + 2:
            a, b = 2 ** 80, [1]
        if i % 997 == 0 or n // 2 <= i <= n // 2 + 3:
            log.append((a, b))
    return log


print("swap_changing_types", swap_changing_types(4000))


def fib_pairs(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a % 1000000007, len(str(a))


print("fib_pairs", fib_pairs(3000))


def gcd_loop(n):
    total = 0
    for i in range(1, n):
        a, b = i * 7919, (i * 104729) % 9973 + 1
        while b:
            a, b = b, a % b
        total += a
    return total


print("gcd_loop", gcd_loop(3000))


def rotate_triples(n):
    a, b, c = 1, 2.5, "x"
    for i in range(n):
        a, b = b, a
        b, c = c, b
    return a, b, c


print("rotate_triples", rotate_triples(3001))


def pairs_of_objects(n):
    class Box:
        def __init__(self, v):
            self.v = v

    pairs = [(Box(i), Box(-i)) for i in range(50)]
    s = 0
    keep = None
    for i in range(n):
        x, y = pairs[i % 50]
        s += x.v - y.v
        if i == n - 1:
            keep = (x, y)
        pairs[i % 50] = (y, x)
    del pairs
    return s, keep[0].v, keep[1].v


print("pairs_of_objects", pairs_of_objects(4025))


def nested_pairs(n):
    data = [((i, i + 1), (i * 2, i % 5)) for i in range(n)]
    data[n - 5] = ([1, 2], "ab")
    s = 0
    out = []
    for (a, b), (c, d) in data:
        if type(c) is str:
            out.append((a, b, c, d))
        else:
            s += a + b + c * d
    return s, out


print("nested_pairs", nested_pairs(3000))


def unpack_sorted_pairs(n):
    pairs = [((i * 37) % 101, i) for i in range(n)]
    pairs.sort()
    best = []
    for k, v in pairs:
        if k == 100:
            best.append(v)
    return len(best), best[:5]


print("unpack_sorted_pairs", unpack_sorted_pairs(3000))
