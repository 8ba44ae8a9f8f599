# Tier 2 assumes `min`, `max` and `len` are the built-ins (checked where they are
# loaded, then used without reference counting): rebinding them as globals,
# inside and between hot loops, must reach compiled code.


def f(xs):
    t = 0
    for x in xs:
        t += min(x, 5) + max(x, 2) + len(xs)
    return t


print(f(list(range(2000))))
min = lambda a, b: a * 1000 + b
print(f(list(range(2000))))
del min
print(f(list(range(10))))


def rebind_at(k):
    global len
    if k == 1500:
        len = lambda xs: -1


def g(xs):
    t = 0
    for i in range(3000):
        rebind_at(i)
        t += len(xs) + max(i, 10)
    return t


print(g([1, 2, 3]))
del len
print(g([1, 2]))


def h(n):
    t = 0
    for i in range(n):
        t += min(i, 7.5) if i % 2 else min(i, 3)
        t += max(i, 2 ** 70) % 7
    return t


print(h(3000))
