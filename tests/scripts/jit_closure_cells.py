# Closures and cells in hot loops: nonlocal counters that change type, cells
# rebound from inner functions while the outer loop is hot, closures created
# per iteration, and late-binding closures.


def counter_nonlocal(n):
    count = 0

    def inc(k):
        nonlocal count
        count += k

    for i in range(n):
        inc(1)
        if i == 1800:
            count = count * 1.0
        elif i == 2200:
            count = int(count)
    return count, type(count).__name__


print("counter_nonlocal", counter_nonlocal(2600))


def rebinding_cell(n):
    factor = 2

    def scale(x):
        return x * factor

    def set_factor(v):
        nonlocal factor
        factor = v

    total = 0
    for i in range(n):
        total += scale(i % 10)
        if i == 1600:
            set_factor(0.5)
        elif i == 2000:
            set_factor("s")
            total = str(total)
    return len(total), total[:12], total[-12:], scale(3)


print("rebinding_cell", rebinding_cell(2100))


def closures_per_iter(n):
    fs = []
    for i in range(n):
        def f(x, i=i):
            return x + i
        fs.append(f)
    late = [lambda: i for i in range(5)]
    return sum(f(1) for f in fs), [g() for g in late]


print("closures_per_iter", closures_per_iter(2000))


def make_acc():
    total = 0

    def acc(v):
        nonlocal total
        total += v
        return total

    return acc


def use_acc(n):
    a = make_acc()
    b = make_acc()
    for i in range(n):
        a(i)
        b(0.5)
    return a(0), b(0), a("") if False else None


print("use_acc", use_acc(2500))


def cell_read_in_loop(n):
    limit = 100
    hits = []

    def below(v):
        return v < limit

    for i in range(n):
        if below(i % 200):
            hits.append(1)
        if i == 1700:
            limit = 150
    return len(hits)


print("cell_read_in_loop", cell_read_in_loop(2500))


def deep_closure(n):
    a = 1

    def outer():
        b = 2

        def inner(x):
            return x + a + b

        return inner

    f = outer()
    s = 0
    for i in range(n):
        s += f(i)
        if i == 1900:
            a = 1000
    return s


print("deep_closure", deep_closure(2400))


def unbound_cell():
    def get():
        return v

    out = []
    try:
        get()
    except NameError as e:
        out.append(str(e))
    v = 5
    out.append(get())
    for i in range(1500):
        v = i
    out.append(get())
    return out


print("unbound_cell", unbound_cell())


def lambda_sort(n):
    key_mod = 7
    xs = list(range(n))
    xs.sort(key=lambda x: (x % key_mod, -x))
    a = xs[:3]
    key_mod = 3
    xs.sort(key=lambda x: (x % key_mod, -x))
    return a, xs[:3]


print("lambda_sort", lambda_sort(2000))
