# Hot for loops over lists that are mutated while being iterated (append
# with a bound, pop, insert, slice assignment, clear), and hot loops over
# range, str, tuple, enumerate and zip.


def append_while_iterating(limit):
    xs = [1, 2, 3]
    steps = 0
    for x in xs:
        steps += 1
        if len(xs) < limit:
            xs.append(x + len(xs))
    return steps, len(xs), xs[-3:], sum(xs)


print("append_while_iterating", append_while_iterating(2500))


def pop_while_iterating(n):
    xs = list(range(n))
    seen = 0
    total = 0
    for x in xs:
        seen += 1
        total += x
        if seen > 1500:
            xs.pop()
    return seen, total, len(xs)


print("pop_while_iterating", pop_while_iterating(3000))


def pop_front(n):
    xs = list(range(n))
    seen = []
    for x in xs:
        if x == 1200:
            xs.pop(0)
        if x % 400 == 0 or 1199 <= x <= 1203:
            seen.append(x)
    return seen


print("pop_front", pop_front(2400))


def clear_mid(n):
    xs = list(range(n))
    c = 0
    for x in xs:
        c += 1
        if x == 1800:
            xs.clear()
    return c, xs


print("clear_mid", clear_mid(2500))


def replace_elements(n):
    xs = [1] * n
    total = 0
    for i, x in enumerate(xs):
        total += x
        if i + 1 < n and i >= 1600:
            xs[i + 1] = 2.5
    return total


print("replace_elements", replace_elements(2200))


def slice_assign(n):
    xs = list(range(n))
    c = 0
    for x in xs:
        if isinstance(x, str):
            c += 1000
        else:
            c += x
        if x == 1600:
            xs[1700:1800] = ["a"] * 10
    return c, len(xs)


print("slice_assign", slice_assign(2500))


def insert_front(n):
    xs = list(range(n))
    visited = 0
    for x in xs:
        visited += 1
        if x == 1500:
            xs.insert(0, -1)
        if visited > 3 * n:
            break
    return visited, xs[:3], len(xs)


print("insert_front", insert_front(2000))


def over_str(s):
    vowels = 0
    upper = 0
    for ch in s:
        if ch in "aeiou":
            vowels += 1
        if "A" <= ch <= "Z":
            upper += 1
    return vowels, upper


text = ("The Quick Brown Fox Jumps Over The Lazy Dog " * 60)
print("over_str", over_str(text), len(text))


def over_tuple(t):
    s = 0
    for a, b in t:
        s += a * b
    return s


pairs = tuple((i, i % 7) for i in range(2500))
print("over_tuple", over_tuple(pairs), over_tuple(((1.5, 2), (True, 3))))


def enumerate_zip(n):
    xs = [i * 3 for i in range(n)]
    ys = [i % 11 for i in range(n + 100)]
    s = 0
    for k, (a, b) in enumerate(zip(xs, ys), 5):
        s += k * (a - b)
    last = None
    for last in enumerate("abc", -1):
        pass
    return s, last


print("enumerate_zip", enumerate_zip(2500))


def range_forms(n):
    a = 0
    for i in range(n, 0, -3):
        a += i
    b = 0
    for i in range(-n, n, 7):
        b += i
    c = 0
    for i in range(2 ** 64, 2 ** 64 + 1500):
        c += i % 10
    d = 0
    for i in range(5, 5):
        d += 1
    return a, b, c, d


print("range_forms", range_forms(3000))


def dict_iteration(n):
    d = {i: i * i for i in range(n)}
    s = 0
    for k in d:
        s += d[k] - k
    t = 0
    for k, v in d.items():
        t += v % 7
    u = sum(d.values()) - sum(d.keys())
    try:
        for k in d:
            if k == 1500:
                d[n + 1] = 0
    except RuntimeError as e:
        print("  RuntimeError:", e)
    return s, t, u


print("dict_iteration", dict_iteration(2000))


def remove_during(n):
    xs = list(range(n))
    removed = 0
    for x in xs:
        if x % 2 == 0 and x > 1500:
            xs.remove(x)
            removed += 1
    return removed, len(xs), xs[1499:1505]


print("remove_during", remove_during(2500))
