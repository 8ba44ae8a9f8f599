# Loops long enough that compiled code leaves for the runtime's periodic
# poll (every 65536 back-edges and calls) with unboxed floats, ints near
# the 64-bit limit and changing types live; and loops that exit to the
# interpreter on almost every iteration (an exception each time) until the
# compiled code is thrown away, with state carried across that point.


def fmt(v):
    return type(v).__name__ + ":" + repr(v)


def long_float_int(n):
    f = 0.0
    k = 0
    big = 2 ** 63 - 70000
    for i in range(n):
        f = f * 0.5 + i
        k = k + (i & 7)
        big = big + 1
        if i == 65535 or i == 65536 or i == 65537:
            f = f + 0.125
    return fmt(f), k, fmt(big), big - 2 ** 63


print("long_float_int", long_float_int(140000))


def long_type_change_at_poll(n):
    x = 0
    trace = []
    for i in range(n):
        if i == 65530:
            x = x * 1.0
        elif i == 65540:
            x = int(x)
        elif i == 131072:
            x = x + 2 ** 64
        x = x + 1
        if i in (65529, 65530, 65539, 65540, 131071, 131072, n - 1):
            trace.append(fmt(x))
    return trace


print("long_type_change_at_poll", long_type_change_at_poll(135000))


def long_while_mix(n):
    i = 0
    a = 1
    b = 1.0
    while i < n:
        a = (a * 3 + i) % 1000003
        b = b + a / 1000003
        i += 1
    return a, fmt(b)


print("long_while_mix", long_while_mix(100000))


def raise_every_time(n):
    f = 1.0
    s = 0
    caught = 0
    for i in range(n):
        f = f + 0.5
        s = s + i
        try:
            s = s // (i % 1)
        except ZeroDivisionError:
            caught += 1
            s = s + 1
    return fmt(f), s, caught


print("raise_every_time", raise_every_time(3000))


def unbound_every_time(n):
    total = 0.0
    caught = 0
    for i in range(n):
        total = total + i * 0.25
        if i % 2:
            q = i
        try:
            total = total + q
        except UnboundLocalError:
            caught += 1
        if i % 2:
            del q
    return fmt(total), caught


print("unbound_every_time", unbound_every_time(5000))


def overflow_every_time(n):
    # every iteration overflows once: the assumption is dropped after the
    # first, so the recompiled code handles it without exiting
    x = 2 ** 62
    s = 0
    for i in range(n):
        y = x + x
        s = s + (y - x - x)
        s = s + (y >> 62)
    return s


print("overflow_every_time", overflow_every_time(3000))


def alternate_types_every_time(n):
    vals = [1, 1.5]
    t = 0
    for i in range(n):
        v = vals[i % 2]
        t = t + v * 2
    return fmt(t)


print("alternate_types_every_time", alternate_types_every_time(5000))


def call_heavy_long(n):
    def inc(v):
        return v + 1

    x = 0
    y = 0.0
    for i in range(n):
        x = inc(x)
        y = inc(y)
    return x, fmt(y)


print("call_heavy_long", call_heavy_long(70000))
