# Built-ins (len, min, abs, str, range) shadowed by module globals while a
# loop calling them is hot, and un-shadowed again with del.


def use_len(xs, n):
    total = 0
    for i in range(n):
        total += len(xs)
        if i == 1500:
            shadow_len()
        elif i == 2000:
            unshadow_len()
    return total


def shadow_len():
    global len
    len = lambda x: 1000


def unshadow_len():
    global len
    del len


print("use_len", use_len([1, 2, 3], 2500))
print("len after", len([1, 2]))


def use_min(n):
    s = 0
    for i in range(n):
        s += min(i, 100)
    return s


print("use_min before", use_min(2000))


def min(a, b):
    return a * 0 - 1


print("use_min shadowed", use_min(2000))
del min
print("use_min restored", use_min(2000), min(3, 4))


def shadow_in_loop(n):
    global abs
    out = 0
    for i in range(n):
        if i == 1800:
            abs = lambda v: 0
        elif i == 2200:
            del abs
        out += abs(-i)
    return out


print("shadow_in_loop", shadow_in_loop(2600))
print("abs after", abs(-5))


def shadow_str(n):
    global str
    parts = 0
    for i in range(n):
        if i == 1900:
            str = lambda v: "<" + repr(v) + ">"
        parts += len(str(i))
    del str
    return parts


print("shadow_str", shadow_str(2200), str(5))


def shadow_range_loop(n):
    global range
    total = 0
    for k in range(n):
        if k == 1700:
            range = lambda *a: [7, 8]
        for j in range(3):
            total += j
    del range
    return total


print("shadow_range_loop", shadow_range_loop(2000), list(range(3)))


def use_isinstance(n):
    c = 0
    for i in range(n):
        if isinstance(i, int):
            c += 1
    return c


print("use_isinstance", use_isinstance(2000))
isinstance = lambda a, b: False
print("use_isinstance shadowed", use_isinstance(2000))
del isinstance
print("use_isinstance restored", use_isinstance(2000))


def max_key(n):
    best = 0
    for i in range(n):
        best = max(best, (i * 7919) % 10007)
    return best


print("max_key", max_key(2500))
max = lambda *a: -1
print("max_key shadowed", max_key(2500))
del max
print("max_key restored", max_key(2500))

try:
    del len
except NameError as e:
    print("NameError", e)
