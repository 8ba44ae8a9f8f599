# Tier-1 guard failures on `for` specialised for range/list/tuple/str: the same
# loop runs over iterables whose type changes between executions (and inside
# nested loops), lists mutated while iterated, user iterators, generators,
# dicts, sets, enumerate/zip/reversed, and break/continue/else paths.


def total(it):
    t = 0
    n = 0
    for x in it:
        t = t + x
        n += 1
    return t, n


class Countdown:
    def __init__(self, start):
        self.cur = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


iterables = [
    range(500), list(range(500)), tuple(range(500)), range(500, 0, -3),
    [0.5] * 300, {i: 0 for i in range(300)},
    set(range(300)), Countdown(300), Bag([1, 2, 3] * 100), (i * 2 for i in range(300)),
    reversed(range(300)), reversed([1, 2, 3]), iter([7] * 300), range(0), [], (),
    map(abs, range(-150, 150)), filter(None, [0, 1, 0, 2] * 75), [True, False] * 150,
]
for it in iterables:
    print(total(it))


def concat(it):
    s = ""
    for ch in it:
        s = s + ch
    return s


print(concat("abc" * 100)[-6:], len(concat("héllo" * 60)))
print(concat(["x", "yz"] * 150)[:7], concat(("a", "b")), concat({"k": 1, "j": 2}))
try:
    concat(["a"] * 200 + [1])
except TypeError as e:
    print("TypeError:", e)
try:
    total(5)
except TypeError as e:
    print("TypeError:", e)


# The iterable of one inner loop alternates type on every outer iteration.
def nested(n):
    sources = [range(7), [1, 2, 3], (4, 5), "123", Countdown(4), {9: 0}]
    acc = []
    for i in range(n):
        src = sources[i % len(sources)]
        if isinstance(src, Countdown):
            src = Countdown(4)
        c = 0
        for x in src:
            if isinstance(x, str):
                c += int(x)
            else:
                c += x
        acc.append(c)
    return acc[:12], sum(acc)


print(nested(600))


# Lists mutated while a specialised list iterator walks them.
def grow_while_iterating(n):
    xs = [0]
    for x in xs:
        if x < n:
            xs.append(x + 1)
    return len(xs), xs[-1]


def shrink_while_iterating():
    xs = list(range(400))
    seen = []
    for x in xs:
        seen.append(x)
        if xs:
            xs.pop()
    return len(seen), seen[-3:], len(xs)


def replace_list_mid_loop():
    xs = list(range(300))
    out = 0
    for x in xs:
        out += x
        if x == 100:
            xs = ["gone"]          # rebinding the name does not affect the loop
    return out, xs


print(grow_while_iterating(500))
print(shrink_while_iterating())
print(replace_list_mid_loop())


# break, continue and for/else in hot loops over each kind.
def first_multiple(it, k):
    for x in it:
        if x == 0:
            continue
        if x % k == 0:
            break
    else:
        return None
    return x


for it in [range(1, 1000), list(range(1, 1000)), tuple(range(1, 1000)), range(1, 5),
           [0, 0, 0], Countdown(100), (i for i in range(1, 100) if i > 50)]:
    print(first_multiple(it, 37), end=" ")
print()


# enumerate / zip over changing inputs; tuple unpacking in the loop header.
def weighted(a, b):
    t = 0
    for i, (x, y) in enumerate(zip(a, b)):
        t += i * x * y
    return t


print(weighted(range(300), range(300)))
print(weighted([1.5] * 300, range(300)))
print(weighted([True, False, True], [1, 2, 3]))
print(weighted(range(3), [2 ** 63, 2 ** 64, 2 ** 65]))


# Strings iterate by code point.
def codes(s):
    out = []
    for ch in s:
        out.append(ord(ch))
    return out


print(sum(codes("abc" * 200)), codes("é€😀"), codes(""))


# range with big bounds and negative steps.
def last_of(r):
    v = None
    for v in r:
        pass
    return v


print(last_of(range(1000)), last_of(range(1000, -1000, -7)))
print(last_of(range(5, 5)))


# An iterator that raises mid-iteration; the exception is caught in the loop's caller.
class Risky:
    def __init__(self, n):
        self.n = n
        self.i = -1

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 250:
            raise ValueError("stop at " + str(self.i))
        if self.i >= self.n:
            raise StopIteration
        return self.i


def risky(n):
    return Risky(n)


def consume(n):
    got = 0
    try:
        for x in risky(n):
            got += 1
    except ValueError as e:
        return got, str(e)
    return got, None


print(consume(300), consume(100))
