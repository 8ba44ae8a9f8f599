# Tier-1 guard failures on unpacking specialised for 2- and 3-tuples: the same
# site sees lists, strs, ranges, dict items, user iterables and tuples of the
# wrong length (ValueError caught inside the hot loop), plus starred targets.


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __iter__(self):
        return iter([self.a, self.b])


def swap_sum(items):
    t = 0
    out = []
    errors = []
    for it in items:
        try:
            a, b = it
        except ValueError as e:
            errors.append(str(e))
            continue
        except TypeError as e:
            errors.append("TypeError: " + str(e))
            continue
        b, a = a, b
        t = t + a * 1000 + b if isinstance(a, int) and isinstance(b, int) else t
        out.append((a, b))
    return t, out[-8:], errors


items = [(i, i + 1) for i in range(400)]
items += [[1, 2], "xy", range(2), Pair(5, 6), {"k": 1, "j": 2}, (1, 2, 3), (1,), (),
          "abc", [9], 7, None, iter([3, 4]), (True, 2 ** 70)]
items += [(i, -i) for i in range(300)]
print(swap_sum(items))


def triple(items):
    acc = [0, 0, 0]
    bad = 0
    for it in items:
        try:
            x, y, z = it
        except ValueError as e:
            bad += 1
            if bad <= 4:
                print("ValueError:", e)
            continue
        acc[0] += x
        acc[1] += y
        acc[2] += z
    return acc, bad


tri = [(i, 2 * i, 3 * i) for i in range(500)]
tri[100] = [1, 1, 1]
tri[200] = (1, 2)
tri[250] = (1, 2, 3, 4)
tri[300] = range(3)
tri[350] = (0.5, 0.25, 0.125)
tri[400] = []
tri[450] = [1, 2, 3, 4, 5, 6]
print(triple(tri))


# Tuples built on the fly and unpacked immediately (the swap idiom) with values
# that change type mid-loop.
def fib_like(n):
    a, b = 0, 1
    out = []
    for i in range(n):
        a, b = b, a + b
        if i == n // 2:
            a, b = float(a), b / 2
        if i % 50 == 0:
            out.append(a)
    return out


print(fib_like(400)[:6])
print(fib_like(400)[-2:])


def rotate3(n):
    x, y, z = 1, 2, 3
    for i in range(n):
        x, y, z = y, z, x
        if i == 100:
            x, y, z = "a", "b", "c"
        if i == 200:
            x, y, z = [x, y, z]
    return x, y, z


print(rotate3(301), rotate3(302))


# Starred targets and nested targets at hot sites.
def heads_tails(items):
    out = []
    for it in items:
        first, *rest = it
        *init, last = it
        out.append((first, len(rest), last, len(init)))
    return out[-4:]


print(heads_tails([(i, i, i) for i in range(300)] + [[1], "hello", range(5), (1, 2)]))
try:
    heads_tails([(1, 2)] * 300 + [()])
except ValueError as e:
    print("ValueError:", e)


def nested(items):
    t = 0
    for (a, b), c in items:
        t += a * b + c
    return t


print(nested([((i, 2), 1) for i in range(500)]))
print(nested([([1, 2], 3), ((2, 2), 5), ((True, 0.5), -1)]))
try:
    nested([((1, 2), 3)] * 300 + [((1, 2, 3), 4)])
except ValueError as e:
    print("ValueError:", e)


# dict.items() unpacking over dicts whose values change type.
def render(d):
    parts = []
    for k, v in d.items():
        parts.append(str(k) + "=" + str(v))
    return ",".join(parts[-3:]), len(parts)


print(render({i: i * i for i in range(400)}))
print(render({"a": 1.5, "b": None, (1, 2): [3]}))


# enumerate over tuples of different lengths inside the loop body.
def lengths(rows):
    out = []
    for i, row in enumerate(rows):
        try:
            a, b = row
            out.append(2)
        except ValueError:
            try:
                a, b, c = row
                out.append(3)
            except ValueError:
                out.append(-len(row))
    return out[-6:], sum(out)


print(lengths([(1, 2)] * 300 + [(1, 2, 3), (1,), (1, 2, 3, 4), [5, 6], "ab", "abc"]))
