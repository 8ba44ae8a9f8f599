# Built-in method sites in hot loops whose receiver changes kind mid-loop:
# a list/dict/str site that starts seeing user-class instances with Python
# methods of the same name (and back), a random.Random site that then sees a
# subclass overriding the method in Python, an instance whose own attribute
# shadows the method, a subclass that does not override it, and the class's
# method replaced and restored; int/bool/big-int receivers; a module and an
# instance at one site. The loops carry enough arithmetic to be compiled.

import random


class Log:
    def __init__(self):
        self.items = []
        self.calls = 0

    def append(self, x):
        self.calls += 1
        self.items.append(x * 10)

    def get(self, k, default=None):
        self.calls += 1
        return k * 2

    def split(self, sep=None):
        self.calls += 1
        return ["log", str(sep)]

    def pop(self):
        self.calls += 1
        return -1


def append_swap(n):
    h = 7
    lst = []
    log = Log()
    first = lst
    for i in range(n):
        x = lst
        if 1200 <= i < 1700:
            x = log
        elif i >= 2200:
            x = first if i % 2 == 0 else log
        x.append(i)
        h = (h * 31 + i) % 1000003
        h = (h ^ (i * 7)) % 999983
        h = (h + i * 3) % 1000033
    return h, len(first), sum(first), first[-3:], log.calls, sum(log.items), log.items[:3]


print("append_swap", append_swap(3000))


def get_swap(n):
    d = {}
    for k in range(50):
        d[k] = k * k
    log = Log()
    h = 0
    tot = 0
    for i in range(n):
        src = d
        if i >= 1500 and i % 3 == 1:
            src = log
        v = src.get(i % 70)
        if v is None:
            v = -1
        tot += v
        h = (h * 31 + tot) % 1000003
        h = (h ^ (i * 5)) % 999983
    return tot, h, log.calls


print("get_swap", get_swap(2800))


def split_swap(n):
    words = ["a b c", "dd ee", "f", "  g  h  ", ""]
    log = Log()
    h = 0
    count = 0
    for i in range(n):
        s = words[i % 5]
        if 1000 <= i < 1010 or i >= 2500:
            s = log
        parts = s.split()
        count += len(parts)
        h = (h * 31 + count) % 1000003
        h = (h ^ (i * 3)) % 999983
        h = (h + i) % 65521
    return count, h, log.calls, parts


print("split_swap", split_swap(2600))


class Loud(random.Random):
    def randrange(self, n):
        return 1000 + super().randrange(n)


class Quiet(random.Random):
    pass


def rr_subclass(n):
    base = random.Random(11)
    loud = Loud(11)
    trace = []
    h = 0
    for i in range(n):
        r = base
        if 1300 <= i < 1500:
            r = loud
        v = r.randrange(50)
        h = (h * 31 + v) % 1000003
        h = (h ^ (i * 11)) % 999983
        h = (h + v * v) % 1000033
        if i % 250 == 0 or 1298 <= i <= 1302 or 1498 <= i <= 1502:
            trace.append((i, v))
    return h, trace


print("rr_subclass", rr_subclass(2000))


def rr_shadow(n):
    base = random.Random(12)
    trace = []
    h = 0
    for i in range(n):
        if i == 1300:
            base.randrange = lambda k: -k
        elif i == 1600:
            del base.randrange
        elif i == 1800:
            base.other = i
        v = base.randrange(50)
        h = (h * 31 + v) % 1000003
        h = (h ^ (i * 11)) % 999983
        h = (h + v * v) % 1000033
        if i % 250 == 0 or 1298 <= i <= 1302 or 1598 <= i <= 1602:
            trace.append((i, v))
    return h, trace, base.other


print("rr_shadow", rr_shadow(2000))


def rr_quiet(n):
    base = random.Random(13)
    quiet = Quiet(13)
    trace = []
    h = 0
    for i in range(n):
        r = quiet if 1300 <= i < 1500 else base
        v = r.randrange(50)
        h = (h * 31 + v) % 1000003
        h = (h ^ (i * 11)) % 999983
        h = (h + v * v) % 1000033
        if i % 250 == 0 or 1298 <= i <= 1302 or 1498 <= i <= 1502:
            trace.append((i, v))
    return h, trace


print("rr_quiet", rr_quiet(2000))


def rr_later_shadow(n):
    # the instance gets an unrelated attribute first (its dict is no longer
    # empty), then later the shadowing one
    base = random.Random(14)
    base.tag = "t"
    trace = []
    h = 0
    for i in range(n):
        if i == 1400:
            base.randrange = base.getrandbits
        v = base.randrange(50)
        if i >= 1400:
            v = v % 1000
        h = (h * 31 + v) % 1000003
        h = (h ^ (i * 11)) % 999983
        if i % 250 == 0 or 1398 <= i <= 1402:
            trace.append((i, v))
    return h, trace


print("rr_later_shadow", rr_later_shadow(2000))


def plus_one(self, n):
    return n + 1


def random_class_patch(n):
    r = random.Random(5)
    h = 0
    seen = []
    saved = random.Random.randrange
    for i in range(n):
        if i == 1500:
            random.Random.randrange = plus_one
        elif i == 1800:
            random.Random.randrange = saved
        v = r.randrange(100)
        h = (h * 31 + v) % 1000003
        h = (h ^ (i * 13)) % 999983
        h = (h + i) % 1000033
        if i % 300 == 0 or 1499 <= i <= 1501 or 1799 <= i <= 1801:
            seen.append(v)
    return h, seen, r.randrange(100) < 100


print("random_class_patch", random_class_patch(2400))


def bit_lengths(n):
    h = 0
    tot = 0
    for i in range(n):
        x = i
        if i % 97 == 0:
            x = True
        elif i % 89 == 0:
            x = 2 ** 80 + i
        elif i >= 2000:
            x = -i
        tot += x.bit_length()
        h = (h * 31 + tot) % 1000003
        h = (h ^ i) % 999983
    return tot, h


print("bit_lengths", bit_lengths(2500))


def module_or_instance(n):
    random.seed(3)
    inst = random.Random(3)
    h = 0
    acc = 0.0
    for i in range(n):
        src = random
        if i >= 1200:
            src = inst
        x = src.random()
        acc += x
        k = int(x * 1000)
        h = (h * 31 + k) % 1000003
        h = (h ^ (i * 17)) % 999983
    return h, round(acc, 6)


print("module_or_instance", module_or_instance(2400))


def pop_swap(n):
    log = Log()
    h = 0
    stack = list(range(n))
    got = []
    for i in range(n):
        s = stack
        if i % 400 == 399:
            s = log
        v = s.pop()
        h = (h * 31 + v) % 1000003
        h = (h ^ (i * 19)) % 999983
        if i % 400 >= 398:
            got.append(v)
    return h, len(stack), got[:8], log.calls


print("pop_swap", pop_swap(2400))
