# IndexError and KeyError raised by subscripts inside hot loops and caught
# there; lists that shrink under a compiled loop; dicts missing keys only
# after the loop is hot.


def read_past_end(n):
    xs = list(range(2000))
    s = 0
    misses = 0
    for i in range(n):
        try:
            s += xs[i]
        except IndexError as e:
            misses += 1
            if misses == 1:
                print("  IndexError:", e)
    return s, misses


print("read_past_end", read_past_end(2600))


def negative_past_start(n):
    xs = [1, 2, 3, 4, 5] * 300
    s = 0
    misses = 0
    for i in range(n):
        try:
            s += xs[-i - 1]
        except IndexError:
            misses += 1
    return s, misses


print("negative_past_start", negative_past_start(1700))


def shrinking(n):
    xs = list(range(n))
    got = []
    for i in range(n):
        if i >= 1500 and xs:
            xs.pop()
        try:
            v = xs[i]
        except IndexError:
            got.append(i)
            break
    return got, len(xs)


print("shrinking", shrinking(2500))


def store_past_end(n):
    xs = [0] * 1600
    errs = 0
    for i in range(n):
        try:
            xs[i] = i
        except IndexError as e:
            errs += 1
            msg = str(e)
    return sum(xs), errs, msg


print("store_past_end", store_past_end(2000))


def tuple_and_str_index(n):
    t = tuple(range(1800))
    s = "x" * 1800
    errs = []
    c = 0
    for i in range(n):
        try:
            c += t[i]
        except IndexError as e:
            if not errs:
                errs.append(str(e))
        try:
            if s[i] == "x":
                c += 1
        except IndexError as e:
            if len(errs) < 2:
                errs.append(str(e))
    return c, errs


print("tuple_and_str_index", tuple_and_str_index(2000))


def missing_keys(n):
    d = {}
    for i in range(1800):
        d[i] = i * 2
    s = 0
    misses = 0
    for i in range(n):
        try:
            s += d[i]
        except KeyError as e:
            misses += 1
            if misses <= 2:
                print("  KeyError:", e, repr(e.args[0]))
    return s, misses


print("missing_keys", missing_keys(2200))


def str_keys(n):
    d = {"k" + str(i): i for i in range(1500)}
    s = 0
    for i in range(n):
        key = "k" + str(i)
        try:
            s += d[key]
        except KeyError as e:
            s -= 1
            if i == 1500:
                print("  first missing", e)
    return s


print("str_keys", str_keys(2000))


def delete_mid(n):
    d = {i: i for i in range(100)}
    s = 0
    for i in range(n):
        k = i % 100
        if i == 1800:
            del d[42]
        try:
            s += d[k]
        except KeyError:
            s += 1000
        if i == 2200:
            d[42] = -42
    return s


print("delete_mid", delete_mid(2500))


def lookup_base(n):
    data = [1, 2, 3]
    table = {"a": 1}
    c = 0
    for i in range(n):
        try:
            if i % 2:
                c += data[i % 5]
            else:
                c += table["a" if i % 3 else "b"]
        except LookupError as e:
            c += 100 if type(e) is IndexError else 1000
    return c


print("lookup_base", lookup_base(2400))


def dict_get_vs_index(n):
    d = {i: i for i in range(0, 3000, 3)}
    a = 0
    b = 0
    for i in range(n):
        a += d.get(i, -1)
        try:
            b += d[i]
        except KeyError:
            b -= 1
    return a, b, a == b


print("dict_get_vs_index", dict_get_vs_index(3000))
