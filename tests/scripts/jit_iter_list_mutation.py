# Lists mutated while a hot `for` loop iterates them: appends seen by the
# iterator, shrinking, clearing, slice replacement; an iterator that hit the
# end stays exhausted even after the list grows again (as in CPython).


def grow_while_iterating(n, limit):
    xs = list(range(n))
    count = 0
    for x in xs:
        count += 1
        if len(xs) < limit:
            xs.append(x * 2)
    return count, len(xs), xs[-3:]


print("grow", grow_while_iterating(1000, 4000))
print("grow none", grow_while_iterating(3000, 10))


def shrink_while_iterating(n):
    xs = list(range(n))
    seen = 0
    last = None
    for x in xs:
        seen += 1
        last = x
        if x % 3 == 0 and xs:
            xs.pop()
    return seen, last, len(xs)


print("shrink", shrink_while_iterating(6000))


def clear_mid(n, at):
    xs = list(range(n))
    seen = 0
    for x in xs:
        seen += 1
        if x == at:
            xs.clear()
    return seen, xs


print("clear", clear_mid(5000, 2500), clear_mid(5000, 4999), clear_mid(5000, 0))


def replace_slice(n):
    xs = list(range(n))
    seen = []
    for x in xs:
        if x == 1500:
            xs[:] = ["a", "b", "c"] * 600
        if len(seen) < 5 or type(x) is str:
            seen.append(x)
    return len(seen), seen[:8], seen[-3:], len(xs)


print("replace", replace_slice(3000))


def exhausted_then_append():
    xs = list(range(3000))
    it = iter(xs)
    s = 0
    for x in it:
        s += x
    xs.append(99)
    xs.append(100)
    again = 0
    for x in it:
        again += 1
    return s, again, next(it, "exhausted"), len(xs)


print("exhausted", exhausted_then_append())


def exhausted_by_shrink():
    xs = list(range(4000))
    it = iter(xs)
    n = 0
    for x in it:
        n += 1
        if x == 2000:
            del xs[1500:]
    xs.extend(range(10))
    return n, next(it, "exhausted"), len(xs)


print("exhausted_by_shrink", exhausted_by_shrink())


def break_then_append():
    xs = list(range(3000))
    it = iter(xs)
    n = 0
    for x in it:
        n += 1
        if x == 2999:
            break
    xs.append("tail")
    return n, next(it, "none"), next(it, "none")


print("break_then_append", break_then_append())


def reuse_exhausted_many():
    xs = []
    it = iter(xs)
    total = 0
    for r in range(3000):
        xs.append(r)
        for x in it:
            total += x
    return total, len(xs), next(it, "x")


print("reuse_exhausted_many", reuse_exhausted_many())


def fresh_iter_each_round():
    xs = []
    total = 0
    for r in range(60):
        xs.append(r)
        for x in xs:
            total += x
            if x == r and len(xs) < 100:
                xs.append(-1)
                xs.pop()
    return total, len(xs)


print("fresh", fresh_iter_each_round())


def enumerate_growing(n):
    xs = ["s"]
    out = 0
    for i, x in enumerate(xs):
        out += i
        if len(xs) < n:
            xs.append(x + "!" if i % 100 == 0 else x)
    return out, len(xs), xs[-1][:5], len(max(xs, key=len))


print("enumerate_growing", enumerate_growing(3500))


def enumerate_exhausted():
    xs = list("abc" * 1000)
    e = enumerate(xs)
    n = 0
    for i, x in e:
        n += 1
    xs.append("z")
    return n, next(e, "done"), list(e)


print("enumerate_exhausted", enumerate_exhausted())


def set_item_during(n):
    xs = [0] * n
    acc = 0
    for i, x in enumerate(xs):
        acc += x
        if i + 1 < n:
            xs[i + 1] = x + 1
    return acc, xs[-1]


print("set_item", set_item_during(4000))


def insert_front(n):
    xs = list(range(n))
    seen = 0
    firsts = []
    for x in xs:
        seen += 1
        if seen < 2000 and seen % 2 == 0:
            xs.insert(0, -seen)
        if seen % 1000 == 0:
            firsts.append(x)
    return seen, firsts, xs[:3]


print("insert_front", insert_front(3000))
