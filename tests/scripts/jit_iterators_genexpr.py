# Generator expressions, iter()/next(), StopIteration and user iterator
# classes consumed in hot loops; iterator types that change after a loop is
# hot.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def sum_iter(it):
    s = 0
    for x in it:
        s += x
    return s


print("user iterator", sum_iter(Countdown(2500)))
print("list then user", sum_iter(list(range(2000))), sum_iter(Countdown(10)), sum_iter((1.5, 2.5)))
print("str-free iterables", sum_iter({1: 0, 2: 0}), sum_iter({5, 6}), sum_iter(range(3)))


def genexpr_loop(n):
    total = 0
    for i in range(n):
        total += sum(j * j for j in range(i % 5))
    return total


print("genexpr_loop", genexpr_loop(2500))


def genexpr_filter(n):
    xs = list(range(n))
    evens = sum(1 for x in xs if x % 2 == 0)
    big = max(x for x in xs if x % 7 == 3)
    found = any(x > n - 2 for x in xs)
    every = all(x >= 0 for x in xs)
    first = next(x for x in xs if x > 1800)
    return evens, big, found, every, first


print("genexpr_filter", genexpr_filter(3000))


def manual_next(n):
    it = iter(range(n))
    s = 0
    while True:
        try:
            v = next(it)
        except StopIteration:
            break
        s += v
    return s, next(it, "exhausted")


print("manual_next", manual_next(2500))


def zip_stop(n):
    a = iter(range(n))
    b = iter(range(n // 2))
    pairs = 0
    for x, y in zip(a, b):
        pairs += 1
    return pairs, next(a), next(b, None)


print("zip_stop", zip_stop(3000))


def genexpr_closure(n):
    k = 3
    gen = (x * k for x in range(n))
    first = next(gen)
    k = 10
    rest = sum(gen)
    return first, rest


print("genexpr_closure", genexpr_closure(2000))


class Squares:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return SquareIter(self.n)


class SquareIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        v = self.i * self.i
        self.i += 1
        return v


def nested_user_iter(n):
    total = 0
    for a in Squares(n):
        for b in Squares(3):
            total += a + b
    return total


print("nested_user_iter", nested_user_iter(1500))


def map_filter(n):
    m = list(map(lambda x: x * 2, range(n)))
    f = list(filter(lambda x: x % 3 == 0, m))
    r = list(reversed(f))
    return len(m), len(f), r[:3], sum(map(abs, range(-n, 0)))


print("map_filter", map_filter(2500))


def comprehension_in_loop(n):
    total = 0
    for i in range(n):
        total += len([j for j in range(i % 4)])
        total += len({j % 2 for j in range(i % 6)})
        total += sum({j: j for j in range(i % 3)}.values())
    return total


print("comprehension_in_loop", comprehension_in_loop(2400))


def raises_midway(n):
    class Bad:
        def __init__(self):
            self.i = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.i += 1
            if self.i == n:
                raise ValueError("broke at " + str(self.i))
            return self.i

    s = 0
    try:
        for v in Bad():
            s += v
    except ValueError as e:
        return s, str(e)
    return s


print("raises_midway", raises_midway(2200))


def iter_changes_type(n):
    out = []
    for it in ([1, 2, 3] * 500, range(1500), "a" * 1500, (2,) * 1500, Countdown(1500)):
        c = 0
        for x in it:
            c += 1
        out.append(c)
    return out


print("iter_changes_type", iter_changes_type(0))
