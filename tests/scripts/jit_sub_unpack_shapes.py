# `a, b = t` in hot loops where t is a 2-tuple most of the time and then a
# list of two, a tuple of 1 or 3, a str of length 2 or 3, a dict, a range,
# a generator expression, an iterator object or a non-iterable; the
# ValueError and TypeError messages must match CPython's.


def unpack_one(t):
    a, b = t
    return a, b


def driver(items, n):
    s = 0
    errs = []
    last = None
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
        t = items[i % len(items)]
        try:
            a, b = t
            last = (a, b)
            if type(a) is int and type(b) is int:
                s += a - b
            else:
                s += 1
        except (ValueError, TypeError) as e:
            if len(errs) < 3:
                errs.append(type(e).__name__ + ": " + str(e))
    return s, last, errs


pairs = [(k, k * 2) for k in range(50)]
print("tuples", driver(pairs, 4000))
print("with_list", driver(pairs + [[7, 1]], 4000))
print("with_one", driver(pairs + [(9,)], 4000))
print("with_three", driver(pairs + [(1, 2, 3)], 4000))
print("with_empty", driver(pairs + [()], 4000))
print("with_str2", driver(pairs + ["xy"], 4000))
print("with_str3", driver(pairs + ["xyz"], 4000))
print("with_str1", driver(pairs + ["q"], 4000))
print("with_int", driver(pairs + [5], 4000))
print("with_none", driver(pairs + [None], 4000))
print("with_float", driver(pairs + [2.5], 4000))
print("with_dict", driver(pairs + [{"k": 1, "v": 2}], 4000))
print("with_dict3", driver(pairs + [{1: 1, 2: 2, 3: 3}], 4000))
print("with_range", driver(pairs + [range(3, 5)], 4000))
print("with_range_long", driver(pairs + [range(100)], 4000))
print("with_set", driver(pairs + [{4}], 4000))
print("with_bigints", driver(pairs + [(2 ** 70, 2 ** 69)], 4000))
print("with_nested", driver(pairs + [((1, 2), [3])], 4000))
print("tuples_again", driver(pairs, 4000))


def unpack_generators(n):
    s = 0
    errs = []
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
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        if i % 3 == 0:
            g = (i + j for j in range(2))
        elif i % 3 == 1:
            g = (i + j for j in range(2 + (i % 500 == 1)))
        else:
            g = (i * j for j in range(2 - (i % 700 == 2)))
        try:
            a, b = g
            s += a + b
        except ValueError as e:
            errs.append(str(e))
    return s, errs[:4], len(errs)


print("unpack_generators", unpack_generators(4000))


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __iter__(self):
        return iter([self.a, self.b])


class Triple:
    def __iter__(self):
        return iter((1, 2, 3))


class GetItemOnly:
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10


class Opaque:
    pass


def unpack_objects(n):
    objs = [Pair(1, 2), GetItemOnly(), Triple(), Opaque(), iter([8, 9]), iter([1]), zip([1], [2])]
    counts = [0] * len(objs)
    msgs = []
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
        k = i % len(objs)
        if k == 4:
            o = iter([i, -i])
        else:
            o = objs[k]
        try:
            a, b = o
            counts[k] += 1
        except (ValueError, TypeError) as e:
            if i < len(objs):
                msgs.append((k, type(e).__name__, str(e)))
    return counts, msgs


print("unpack_objects", unpack_objects(3500))


def unpack_value_error_msgs():
    out = []
    for t in [(), (1,), (1, 2, 3), [1, 2, 3, 4], "", "abc", range(0), range(5), {1: 2}, {1: 2, 3: 4}]:
        try:
            a, b = t
            out.append((a, b))
        except ValueError as e:
            out.append(str(e))
    for t in [1, 1.5, None, True, len, Opaque()]:
        try:
            a, b = t
        except TypeError as e:
            out.append(str(e))
    return out


for line in unpack_value_error_msgs():
    print("  msg", line)


def unpack_helper_calls(n):
    s = 0
    for i in range(n):
        a, b = unpack_one((i, i + 1))
        s += a * b % 7
    for t in [[1, 2], "ab", (3, (4, 5))]:
        print("  helper", unpack_one(t))
    try:
        unpack_one((1, 2, 3))
    except ValueError as e:
        print("  helper ValueError", e)
    return s


print("unpack_helper_calls", unpack_helper_calls(3000))


def unpack_objects_kept(n):
    # tuples holding big ints, floats and objects: the unpacked values must live on
    keep = []
    for i in range(n):
        t = (2 ** 64 + i, [i]) if i % 2 else (i * 0.5, Pair(i, -i))
        a, b = t
        del t
        if i % 800 < 2:
            keep.append((a, b))
    out = []
    for a, b in keep:
        out.append((a, b if type(b) is list else (b.a, b.b)))
    return out


print("unpack_objects_kept", unpack_objects_kept(4000))


def unpack_list_mutated(n):
    xs = [1, 2]
    s = 0
    errs = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        if i % 1000 == 500:
            xs.append(3)
        elif i % 1000 == 501:
            xs.pop()
        try:
            a, b = xs
            s += a + b
        except ValueError:
            errs += 1
        xs[0] = i % 10
    return s, errs, xs


print("unpack_list_mutated", unpack_list_mutated(4000))


def unpack_str_pairs(n):
    words = ["ab", "cd", "é中", "xy"]
    out = {}
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        w = words[i % 4]
        if i == n - 1:
            w = "abc"
        try:
            a, b = w
            out[a] = out.get(a, 0) + (ord(b) % 5)
        except ValueError as e:
            out["err"] = str(e)
    return sorted(out.items())


print("unpack_str_pairs", unpack_str_pairs(3000))
