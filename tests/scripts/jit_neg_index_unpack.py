# Negative list/tuple/str indices in hot loops, indices that turn negative or
# out of range late, bool and big-int indices, and unpacking of the wrong
# length caught as ValueError inside a loop.


def neg_index_sum(xs, n):
    s = 0
    for i in range(n):
        s += xs[-(i % len(xs)) - 1]
    return s


xs = list(range(100))
print("neg_index_sum", neg_index_sum(xs, 2500), neg_index_sum((1, 2, 3), 2000))


def index_goes_negative(n):
    xs = list(range(10, 20))
    out = []
    for i in range(n):
        k = 5 - i // 300
        try:
            v = xs[k]
        except IndexError:
            out.append(("IndexError", i, k))
            break
        if i % 300 == 0:
            out.append((k, v))
    return out


print("index_goes_negative", index_goes_negative(6000))


def str_neg(s, n):
    c = 0
    for i in range(n):
        if s[-1 - i % len(s)] == "a":
            c += 1
    return c, s[-1], s[-len(s)]


print("str_neg", str_neg("banana", 2400))


def store_neg(n):
    xs = [0] * 7
    for i in range(n):
        xs[-(i % 7) - 1] += i
    return xs


print("store_neg", store_neg(2100))


def odd_indices(n):
    xs = ["a", "b", "c"]
    out = []
    for i in range(n):
        idx = i % 3
        if i == 1800:
            idx = True
        elif i == 1801:
            idx = -3
        elif i == 1802:
            idx = 2 ** 70
        try:
            v = xs[idx]
        except IndexError as e:
            v = "IndexError: " + str(e)
        if i >= 1800 and i <= 1803:
            out.append(v)
    try:
        xs[1.0]
    except TypeError as e:
        out.append("TypeError: " + str(e))
    return out


print("odd_indices", odd_indices(2000))


def unpack_loop(rows):
    good = 0
    bad = []
    for row in rows:
        try:
            a, b, c = row
            good += a + b + c
        except ValueError as e:
            bad.append(str(e))
    return good, bad


rows = [(i, i + 1, i + 2) for i in range(2000)]
rows[1500] = (1, 2)
rows[1700] = [1, 2, 3, 4]
rows[1800] = "xyz"
rows[1900] = ()
print("unpack_loop", unpack_loop([r for r in rows if r != "xyz"]))


def unpack_str(n):
    s = 0
    for i in range(n):
        a, b = "ab" if i < 1800 else "c"[0] * (1 if i > 1810 else 2)
        if a == b:
            s += 1
    return s


try:
    print("unpack_str", unpack_str(2000))
except ValueError as e:
    print("unpack_str ValueError", e)


def star_unpack(n):
    firsts = 0
    rest_len = 0
    for i in range(n):
        first, *rest = range(i % 5 + 1)
        firsts += first
        rest_len += len(rest)
    try:
        first, *rest = []
    except ValueError as e:
        print("  star ValueError:", e)
    return firsts, rest_len


print("star_unpack", star_unpack(2500))


def unpack_iter_obj(n):
    out = 0
    for i in range(n):
        try:
            x, y = {i: 1, i + 1: 2} if i != 2000 else {i: 1}
            out += x + y
        except ValueError as e:
            print("  dict ValueError:", e)
    return out


print("unpack_iter_obj", unpack_iter_obj(2500))


def swap_loop(n):
    a, b, c = 1, 2, 3
    for i in range(n):
        a, b, c = c, a, b
        if i == 2000:
            a, b = b, 1.5
    return a, b, c


print("swap_loop", swap_loop(2500))


def nested_unpack(n):
    data = [((i, i * 2), [i % 3, (i % 5, i % 7)]) for i in range(n)]
    s = 0
    for (a, b), [c, (d, e)] in data:
        s += a + b - c * d * e
    return s


print("nested_unpack", nested_unpack(2500))


def slices(n):
    xs = list(range(50))
    t = 0
    for i in range(n):
        k = i % 60 - 30
        t += len(xs[k:]) + len(xs[:k]) + sum(xs[-3:])
    return t, xs[-5:-1], xs[::-7], xs[-100:2]


print("slices", slices(2000))
