# Built-in method sites in hot loops called with different shapes: one
# receiver's randrange called with 1, 2 and 3 positional arguments and with
# keywords at separate sites; str.split with and without a separator, with
# maxsplit as keyword, with a separator of the wrong type; dict.get and
# list.pop with and without defaults/indexes; wrong argument counts caught as
# TypeError; sort(key=..., reverse=...) and seeded choices/sample/shuffle.
# Every random.Random is seeded, so the draws are CPython's.

import random


def randrange_shapes(n):
    r = random.Random(31)
    acc = 0
    first = []
    for i in range(n):
        a = r.randrange(5)
        b = r.randrange(1, 10)
        c = r.randrange(0, 100, 7)
        d = r.randrange(10, 1, -3)
        e = r.randrange(1, 10, step=2)
        f = r.randrange(start=2, stop=12)
        acc = (acc * 31 + a + b * 3 + c * 5 + d * 7 + e * 11 + f * 13) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc + a * b - c + d) % 1000033
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc * 3 + e - f) % 1000081
        if i < 3:
            first.append((a, b, c, d, e, f))
    return acc, first, r.random()


print("randrange_shapes", randrange_shapes(2500))


def wrong_counts(n):
    r = random.Random(5)
    d = {1: "one"}
    acc = 0
    errs = {}
    msgs = []
    for i in range(n):
        k = i % 40
        try:
            if k == 0:
                v = d.get()
            elif k == 1:
                v = d.get(1, 2, 3)
            elif k == 2:
                v = r.random(i)
            elif k == 3:
                v = r.randrange()
            elif k == 4:
                v = r.choice()
            else:
                v = len(d.get(k % 2, "zz")) + r.randrange(3)
        except TypeError as e:
            v = -1
            errs[k] = errs.get(k, 0) + 1
            if errs[k] == 1:
                msgs.append(str(e))
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc * 3 + k) % 1000081
        acc = (acc + k * k) % 1000099
    return acc, sorted(errs.items()), msgs


r = wrong_counts(2400)
print("wrong_counts", r[0], r[1])
for m in r[2]:
    print("  TypeError", m)


def split_shapes(n):
    lines = ["a,b,c", "x y  z", "k=v,w=u", " lead trail ", "one"]
    seps = [None, ",", " ", 5, "="]
    acc = 0
    tot = 0
    bad = 0
    msg = ""
    for i in range(n):
        s = lines[i % 5]
        p1 = s.split()
        p2 = s.split(",")
        p3 = s.split(maxsplit=1)
        p4 = s.split(",", maxsplit=1)
        p5 = s.split(" ", 1)
        sep = seps[i % 5]
        try:
            p6 = s.split(sep)
        except TypeError as e:
            bad += 1
            msg = str(e)
            p6 = []
        tot += len(p1) + len(p2) * 2 + len(p3) * 3 + len(p4) * 5 + len(p5) * 7 + len(p6) * 11
        acc = (acc * 31 + tot) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc * 3 + tot) % 1000081
        acc = (acc + (tot & 255)) % 1000099
    return acc, tot, bad, msg, p1, p2, p3, p4, p5


print("split_shapes", split_shapes(2500))


def get_pop_shapes(n):
    d = {}
    for k in range(30):
        d[k] = k * 3
    xs = list(range(n))
    acc = 0
    errs = []
    for i in range(n):
        k = (i * 13) % 45
        a = d.get(k)
        b = d.get(k, -5)
        if a is None:
            a = -1
        try:
            if i % 50 == 7:
                c = d.get([k])
            elif i % 50 == 8:
                c = xs.pop(10 ** 6)
            elif i % 3 == 0:
                c = xs.pop(0)
            elif i % 3 == 1:
                c = xs.pop(-2)
            else:
                c = xs.pop()
        except (TypeError, IndexError) as e:
            c = 0
            if len(errs) < 2 or len(errs) % 10 == 0:
                errs.append(type(e).__name__ + ": " + str(e))
            else:
                errs.append("")
        acc = (acc * 31 + a + b + c) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc * 3 + k) % 1000081
        if not xs:
            xs = list(range(i, i + 50))
    return acc, len(xs), len(errs), [e for e in errs if e]


print("get_pop_shapes", get_pop_shapes(2200))


def sort_keywords(n):
    r = random.Random(42)
    acc = 0
    for i in range(n):
        xs = [r.randrange(100) for _ in range(6)]
        ys = sorted(xs, key=lambda v: (v % 7, v), reverse=(i % 2 == 0))
        xs.sort(reverse=True)
        zs = list(xs)
        zs.sort(key=lambda v: -v)
        acc = (acc * 31 + ys[0] * 3 + xs[0] + zs[-1]) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
    return acc, ys, xs, zs


print("sort_keywords", sort_keywords(1200))


def seeded_api(n):
    r = random.Random(2718)
    pop = ["red", "green", "blue", "cyan", "gold"]
    weights = [5, 1, 3, 1, 10]
    acc = 0
    counts = {}
    deck = list(range(10))
    for i in range(n):
        c1 = r.choice(pop)
        c2 = r.choices(pop, k=2)
        c3 = r.choices(pop, weights=weights, k=1)[0]
        s = r.sample(pop, 2)
        s2 = r.sample(range(100), k=3)
        r.shuffle(deck)
        u = r.uniform(1, 2)
        g = r.getrandbits(12)
        counts[c1] = counts.get(c1, 0) + 1
        counts[c3] = counts.get(c3, 0) + 10
        acc = (acc * 31 + len(c2[0]) + len(s[1]) + s2[0] + deck[0] + g + int(u * 1000)) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc * 3 + g) % 1000081
        acc = (acc + s2[1] - s2[2]) % 1000099
        if i == 1100:
            r.seed(99)
    return acc, sorted(counts.items()), deck, c2, s, s2, r.random()


print("seeded_api", seeded_api(2000))


def kw_methods(n):
    # keyword arguments to Random methods that CPython defines in Python
    r = random.Random(8)
    acc = 0
    for i in range(n):
        a = r.randint(1, b=6)
        b = r.choice(seq=[10, 20, 30])
        c = r.uniform(a=0, b=1)
        acc = (acc * 31 + a + b + int(c * 100)) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
    return acc


print("kw_methods", kw_methods(1500))
