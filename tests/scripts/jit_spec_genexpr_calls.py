# Hot loops that call generator expressions, comprehensions, lambdas,
# map/filter and user iterators (generator bodies are never compiled; the
# loops around them are at the eager setting, and at the default when they
# are mostly inline work), where the values the generators produce change
# type after the loop is hot.


def show(label, v):
    print(label, type(v).__name__, repr(v))


def gen_sum_loop(n):
    total = 0
    ftotal = 0.0
    for i in range(n):
        scale = 1 if i < 1500 else (0.5 if i < 1800 else 2 ** 62)
        r = sum(k * scale for k in range(i % 4))
        if type(r) is float:
            ftotal += r
        else:
            total += r
    return total, ftotal


show("gen_sum_loop", gen_sum_loop(2000))


def gen_max_loop(n):
    best = 0
    for i in range(n):
        vals = (i % 17, (i % 13) * 1.5 if i > 1600 else i % 13)
        m = max(x for x in vals)
        if m > best:
            best = m
    return best


show("gen_max_loop", gen_max_loop(2000))


def listcomp_types(n):
    out = 0
    for i in range(n):
        row = [j if i < 1500 else j + 0.25 for j in range(3)]
        out = out + row[0] + row[2]
    return out


show("listcomp_types", listcomp_types(2000))


def lambda_calls(n):
    f = lambda a: a + 1
    acc = 0
    for i in range(n):
        if i == 1500:
            f = lambda a: a * 0.5
        elif i == 1700:
            f = lambda a: str(a)[-1]
        r = f(i)
        acc = acc + (r if type(r) is not str else int(r))
    return acc


show("lambda_calls", lambda_calls(2000))


class Counter:
    def __init__(self, n, step):
        self.i = 0
        self.n = n
        self.step = step

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.step


def iter_loop(n):
    s = 0
    fs = 0.0
    for i in range(n):
        step = 1 if i < 1500 else (0.5 if i % 2 else 2 ** 63)
        for v in Counter(2, step):
            if type(v) is int:
                s += v
            else:
                fs += v
    return s, fs


show("iter_loop", iter_loop(2000))


def map_filter_loop(n):
    s = 0
    for i in range(n):
        xs = [i, i + 1, i + 2] if i < 1600 else [i * 3, True, 2 ** 64]
        s += sum(map(lambda v: v * 2, filter(lambda v: v != 0, xs)))
    return s


show("map_filter_loop", map_filter_loop(2000))


def any_all_loop(n):
    c = 0
    for i in range(n):
        xs = range(i % 5) if i < 1500 else [0.0, i, None][: i % 4]
        if any(x for x in xs):
            c += 1
        if all(x is not None for x in xs):
            c += 100
    return c


show("any_all_loop", any_all_loop(2000))


def dict_set_comp(n):
    acc = 0
    for i in range(n):
        d = {k: k * (1 if i < 1700 else 1.5) for k in range(3)}
        st = {v for v in d.values()}
        acc = acc + sum(st) + len(d)
    return acc


show("dict_set_comp", dict_set_comp(2000))


def nested_gen(n):
    acc = 0
    for i in range(n):
        acc += sum(a * b for a in range(i % 3) for b in (1, 2.0 if i > 1500 else 2))
    return acc


show("nested_gen", nested_gen(2000))


def next_default(n):
    got = []
    for i in range(n):
        v = next((x for x in (i, i + 0.5, "s") if type(x) is (int if i < 1500 else float)), None)
        if i % 500 == 0 or i == n - 1:
            got.append(v)
    return got


show("next_default", next_default(2000))
