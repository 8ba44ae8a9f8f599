# A local rebound (with :=) while its old value is still an operand on the
# stack, in compiled loops: s += (s := ...), x + (x := ...), with the type
# changing through the walrus; in-place operators on lists that other names
# share (the alias sees the change) versus on tuples, strs and ints (it
# does not).


def fmt(v):
    return type(v).__name__ + ":" + repr(v)


def walrus_str(n):
    s = "a"
    lens = 0
    first = []
    for i in range(n):
        s += (s := "b" * (i % 3 + 1))
        lens = lens + len(s)
        if i < 5:
            first.append(s)
    return first, lens


print("walrus_str", walrus_str(2000))


def walrus_int(n):
    x = 1
    t = 0
    for i in range(n):
        t = x + (x := x * 2 if x < 2 ** 60 else 1)
    return t, x


print("walrus_int", walrus_int(2000))


def walrus_retype(n):
    x = 0
    t = 0
    log = []
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        t = t + x - (x := i if i < 1500 else i * 0.5)
        if i in (1499, 1500, 1501):
            log.append((fmt(t), fmt(x)))
    return fmt(t), fmt(x), log


print("walrus_retype", walrus_retype(2000))


def walrus_in_condition(n):
    count = 0
    last = None
    i = 0
    while (i := i + 1) < n:
        if (r := i % 7) == 3:
            count += 1
        last = r
    return count, last, i


print("walrus_in_condition", walrus_in_condition(2500))


def list_iadd_alias(n):
    xs = []
    alias = xs
    for i in range(n):
        xs += [i]
        if i == 1500:
            xs = xs + [-1]
    return len(xs), len(alias), alias[-1], xs[-1], xs is alias


print("list_iadd_alias", list_iadd_alias(2000))


def list_imul_alias(n):
    xs = [0]
    alias = xs
    total = 0
    for i in range(n):
        if len(xs) > 64:
            xs = [i % 3]
        xs *= 2
        total += len(xs)
    return total, len(alias), xs is alias


print("list_imul_alias", list_imul_alias(2000))


def tuple_iadd_alias(n):
    t = ()
    alias = t
    for i in range(n):
        t += (i,)
        if i == 1000:
            alias = t
    return len(t), len(alias), alias[-1]


print("tuple_iadd_alias", tuple_iadd_alias(2000))


def int_float_iadd_alias(n):
    a = 0
    b = a
    f = 0.5
    g = f
    for i in range(n):
        a += i
        f += 1
        if i == 1200:
            b = a
            g = f
    return a, b, fmt(f), fmt(g)


print("int_float_iadd_alias", int_float_iadd_alias(2000))


def list_in_list(n):
    row = [0, 0]
    grid = [row, row]
    for i in range(n):
        row[i % 2] += 1
        if i == 1500:
            row = [9, 9]
    return grid, row, grid[0] is grid[1]


print("list_in_list", list_in_list(2000))
