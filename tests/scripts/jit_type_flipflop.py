# Types that flip back and forth many times after the code is hot, so a
# compiled loop side-exits repeatedly (and may be recompiled or give up);
# functions that side-exit once and are then called again with the types
# they were compiled for.


def flipflop(n, period):
    x = 0
    t = 0
    for i in range(n):
        if i >= 1500 and i % period == 0:
            x = 0.5 if type(x) is int else 0
        t += x + i
    return t


print("flipflop 50", flipflop(3000, 50))
print("flipflop 7", flipflop(3000, 7))
print("flipflop 1", flipflop(2500, 1))


def kernel(a, b):
    return a * b + a - b


def alternating_calls(n):
    s = 0
    for i in range(n):
        if i < 1500:
            s += kernel(i, 3)
        elif i % 3 == 0:
            s += kernel(i * 0.5, 2)
        elif i % 3 == 1:
            s += kernel(i, 2 ** 63)
        else:
            s += kernel(i, 3)
    return s


print("alternating_calls", alternating_calls(2400))
print("kernel back to ints", sum(kernel(i, i) for i in range(1500)))


def exit_once_then_normal(xs):
    s = 0
    for x in xs:
        s += x
    return s


ints = list(range(2000))
print("exit_once ints", exit_once_then_normal(ints))
print("exit_once floats", exit_once_then_normal(ints[:1000] + [0.5] + ints[1000:]))
for _ in range(3):
    print("exit_once ints again", exit_once_then_normal(ints))


def list_kinds(n):
    lists = [[1, 2, 3], [1.0, 2.0, 3.0], [True, False, True], [2 ** 64, 1, 2]]
    t = 0
    for i in range(n):
        xs = lists[0] if i < 1500 else lists[i % 4]
        t += xs[0] + xs[1] * xs[2]
    return t


print("list_kinds", list_kinds(2500))


def growing_then_shrinking(n):
    x = 1
    peak = 0
    for i in range(n):
        if i < 1600:
            x *= 2 if x < 2 ** 100 else 1
        else:
            x //= 2 if x > 1 else 1
        if x > peak:
            peak = x
    return x, peak == 2 ** 100


print("growing_then_shrinking", growing_then_shrinking(2000))


def attr_flip(n):
    class P:
        pass

    p = P()
    q = P()
    p.v = 1
    q.v = 1.5
    t = 0
    for i in range(n):
        o = p if i < 1500 or i % 2 else q
        t += o.v
    return t


print("attr_flip", attr_flip(2500))


def container_flip(n):
    cs = [[5, 6, 7], (5, 6, 7), "567", {0: 5, 1: 6, 2: 7}, range(5, 8)]
    t = 0
    for i in range(n):
        c = cs[0] if i < 1500 else cs[i % 5]
        v = c[i % 3]
        t += v if not isinstance(v, str) else int(v)
    return t


print("container_flip", container_flip(2500))
