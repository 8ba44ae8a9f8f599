# Edges of the int-index list fast paths: indices at the limits of 64-bit
# ints (messages differ on either side of the index-sized range), a bool
# or float item appearing in a site that only saw ints and then copied
# elsewhere unchanged, an int item in a float-only site, assignment order
# in `i, xs[i] = ...`, and the exception class and args seen by handlers.

EDGES = [2 ** 62 - 1, 2 ** 62, -2 ** 62, -2 ** 62 - 1, 2 ** 63 - 1, 2 ** 63,
         -2 ** 63, -2 ** 63 - 1, 2 ** 64, -2 ** 64, 10 ** 30]


def read_edges(n):
    xs = [1, 2, 3]
    out = []
    for i in range(n):
        k = i % 3
        if i >= n - len(EDGES):
            k = EDGES[i - (n - len(EDGES))]
        try:
            v = xs[k]
        except IndexError as e:
            v = str(e)
        if i >= n - len(EDGES):
            out.append(v)
    return out


for line in read_edges(3000):
    print("  read", line)


def store_edges(n):
    xs = [1, 2, 3]
    out = []
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        k = i % 3
        if i >= n - len(EDGES):
            k = EDGES[i - (n - len(EDGES))]
        try:
            xs[k] = i
            v = "ok"
        except IndexError as e:
            v = str(e)
        if i >= n - len(EDGES):
            out.append(v)
    return out, xs


res, final = store_edges(3000)
for line in res:
    print("  store", line)
print("store_final", final)


def copy_items(src, n):
    dst = [0] * len(src)
    for i in range(n):
        k = i % len(src)
        dst[k] = src[k]
    return dst


ints = list(range(8))
print("copy_ints", copy_items(ints, 4000))
ints[3] = True
ints[5] = 2.0
print("copy_bool_float", copy_items(ints, 4000), [type(x).__name__ for x in copy_items(ints, 8)])


def copy_late_bool(n):
    src = list(range(10))
    dst = [None] * 10
    for i in range(n):
        if i == n - 20:
            src[4] = False
            src[6] = True
            src[7] = 7.0
            src[8] = -0.0
        dst[i % 10] = src[i % 10]
    return dst


print("copy_late_bool", copy_late_bool(4000))


def float_site_late_int(n):
    xs = [0.5] * 10
    s = 0.0
    kinds = []
    for i in range(n):
        if i == n - 100:
            xs[3] = 3
            xs[4] = True
            xs[5] = 2 ** 70
        v = xs[i % 10]
        s += v
        if i >= n - 10:
            kinds.append(type(v).__name__)
    return s, kinds


print("float_site_late_int", float_site_late_int(5000))


def str_site_late_other(n):
    xs = ["a", "b", "a", "c"]
    hits = 0
    for i in range(n):
        if i == n - 40:
            xs[1] = 1
            xs[2] = None
        if xs[i % 4] == "a":
            hits += 1
    return hits, xs


print("str_site_late_other", str_site_late_other(4000))


def assignment_order(n):
    xs = [0] * 10
    i = 0
    for r in range(n):
        i, xs[i] = (r * 3) % 10, r
    ys = [0] * 10
    j = 0
    for r in range(n):
        ys[j], j = r, (r * 7) % 10
    return xs, ys, i, j


print("assignment_order", assignment_order(3000))


def exception_class_and_args(n):
    xs = [1, 2]
    names = {}
    args = None
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        try:
            xs[i % 4]
            xs[-(i % 5)] = 0
        except LookupError as e:
            key = type(e).__name__ + ":" + str(e)
            names[key] = names.get(key, 0) + 1
            args = e.args
        except Exception as e:
            names["other"] = names.get("other", 0) + 1
    return sorted(names.items()), args


print("exception_class_and_args", exception_class_and_args(4000))


def index_from_arith(n):
    xs = list(range(100))
    s = 0
    errs = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        k = i * i - 50 * i
        try:
            s += xs[k]
        except IndexError:
            errs += 1
    return s, errs


print("index_from_arith", index_from_arith(3000))


def index_after_overflow(n):
    xs = [7, 8, 9]
    big = 2 ** 62
    s = 0
    out = []
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        k = (big + big) - (big + big) + i % 3
        s += xs[k]
        if i == n - 1:
            try:
                xs[big + big]
            except IndexError as e:
                out.append(str(e))
            try:
                xs[big * 4] = 1
            except IndexError as e:
                out.append(str(e))
    return s, out


print("index_after_overflow", index_after_overflow(3000))


def list_of_tuples_index(n):
    rows = [(i, i * 2) for i in range(10)]
    s = 0
    for i in range(n):
        a, b = rows[i % 10]
        rows[(i + 1) % 10] = (b, a + i % 7) if i % 3 else [a, b - i % 5]
        s += a - b
    return s, rows[:3]


print("list_of_tuples_index", list_of_tuples_index(4000))
