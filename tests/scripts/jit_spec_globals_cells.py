# Values a compiled loop reads that something else changes while it runs:
# globals rebound (to another type, deleted) by a function the loop calls,
# closure cells rebound by an inner function with `nonlocal`, parameters
# captured by a lambda and rebound, and attributes of an object. Only fast
# locals are speculated on, so none of these may be cached with a stale type.


def fmt(v):
    return type(v).__name__ + ":" + repr(v)


counter = 0


def set_counter(v):
    global counter
    counter = v


def reads_global(n):
    t = 0
    log = []
    for i in range(n):
        # inline work between the global reads, so the loop is compiled
        a = i * 3 + 1
        b = a - i * 2
        c = b + a
        t = t + counter
        if i == 1200:
            set_counter(0.5)
            log.append(fmt(t))
        elif i == 1400:
            set_counter(2 ** 64)
            log.append(fmt(t))
        elif i == 1600:
            set_counter(True)
            log.append(fmt(t))
        elif i == 1800:
            set_counter(3)
            log.append(fmt(t))
    return fmt(t), log, c


set_counter(1)
print("reads_global", reads_global(2200))

acc = 0


def bump_acc(v):
    global acc
    acc = acc + v


def writes_global(n):
    k = 0
    for i in range(n):
        k = k + i % 3
        if i == 1500:
            bump_acc(0.25)
        bump_acc(1)
    return k


print("writes_global", writes_global(2000), fmt(acc))

tmp = 0


def delete_tmp():
    global tmp
    del tmp


def reads_deleted_global(n):
    misses = 0
    msg = None
    s = 0
    for i in range(n):
        a = i + 1
        b = a * 2
        s = s + b - a
        try:
            s = s + tmp
        except NameError as e:
            misses += 1
            msg = str(e)
            set_tmp(1.5)
        if i == 1500 or i == 1700:
            delete_tmp()
    return fmt(s), misses, msg


def set_tmp(v):
    global tmp
    tmp = v


print("reads_deleted_global", reads_deleted_global(2000))


def nonlocal_cell(n):
    x = 0

    def bump(v):
        nonlocal x
        x = v

    t = 0
    log = []
    for i in range(n):
        a = i * 2
        b = a + 1
        t = t + x + b - a
        if i == 1100:
            bump(0.5)
        elif i == 1300:
            bump("s")
            log.append(x)
            bump(2 ** 63)
        elif i == 1500:
            bump(-1)
    return fmt(t), log, fmt(x)


print("nonlocal_cell", nonlocal_cell(2000))


def captured_param(x, n):
    get = lambda: x
    t = 0
    for i in range(n):
        a = i * 2
        b = a - i
        if i == 1500:
            x = 0.25
        elif i == 1700:
            x = 2 ** 70
        t = t + get() + b - i
    return fmt(t), fmt(x)


print("captured_param", captured_param(1, 2000))
print("captured_param float", captured_param(1.5, 1800))


def cell_loop_var(n):
    fs = []
    t = 0
    for i in range(n):
        a = i + 1
        t = t + a * 2 - a
        if i % 500 == 0:
            fs.append(lambda: i)
    return t, [f() for f in fs]


print("cell_loop_var", cell_loop_var(2000))


class Box:
    pass


def attr_changes(n):
    b = Box()
    b.v = 1
    t = 0
    for i in range(n):
        a = i * 3
        c = a - i
        t = t + b.v + c - a + i
        if i == 1300:
            b.v = 0.5
        elif i == 1600:
            b.v = 2 ** 64
        elif i == 1800:
            b.v = False
    return fmt(t)


print("attr_changes", attr_changes(2000))
