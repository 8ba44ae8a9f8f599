# A float local that becomes an int midway (x = x * 2.0 versus x = 3), a
# bool local that becomes an int (and an int that becomes a bool), with the
# switch happening after the loop is compiled. Values are printed with
# their type so a float left where an int belongs (or the reverse) shows.


def show(label, *xs):
    print(label, [(type(x).__name__, x) for x in xs])


def float_to_int(n):
    x = 1.0
    trace = []
    for i in range(n):
        if i % 700 == 699:
            x = 3
        elif x > 1e6:
            x = 0.5
        else:
            x = x * 2.0
        if i % 700 in (699, 0, 1, 2):
            trace.append(x)
    return x, trace


x, trace = float_to_int(2500)
show("float_to_int", x)
show("  trace", *trace)


def float_int_accumulate(n):
    acc = 0.0
    for i in range(n):
        if i == 1500:
            acc = int(acc)
        acc = acc + i
        if i == 1499 or i == 1500 or i == 1501:
            show("  acc at", i, acc)
    return acc


show("float_int_accumulate", float_int_accumulate(2200))


def int_floordiv_float(n):
    # // and % keep the operand type: float // int is a float
    q = 1000000.0
    r = 0
    for i in range(n):
        if i == 1700:
            q = 1000000
        q2 = q // 3
        r = q % 7
        q = q2 * 3 + i % 5
        if i == 1699:
            show("  q float", q, r)
    return q, r


show("int_floordiv_float", *int_floordiv_float(2000))


def bool_to_int(n):
    flag = False
    flips = 0
    for i in range(n):
        if i < 1500:
            flag = not flag
            if flag:
                flips += 1
        elif i == 1500:
            show("  flag before", flag)
            flag = flag + 1
            show("  flag after", flag)
        else:
            flag = flag + flips % 7
    return flag, flips


show("bool_to_int", *bool_to_int(2000))


def int_to_bool(n):
    v = 0
    count_true = 0
    for i in range(n):
        if i < 1800:
            v = i % 3
        else:
            v = i % 3 == 0
        if v:
            count_true += 1
        if i in (1799, 1800, 1801):
            show("  v", i, v, v + v, v * 2.5, -v, ~v)
    return count_true, v


show("int_to_bool", *int_to_bool(2100))


def bool_arith(n):
    t = True
    f = False
    s = 0
    for i in range(n):
        s += t + f * i - (t and i % 2)
        if i == 1600:
            t = 2
        if i == 1700:
            f = 0.5
    return s, t, f


show("bool_arith", *bool_arith(2000))


def float_int_compare(n):
    lo = 0
    hi = 1.0
    for i in range(n):
        if lo < hi:
            lo = lo + 1
        else:
            hi = hi * 2 if i % 2 else hi + 1
    return lo, hi


show("float_int_compare", *float_int_compare(2500))


def mixed_minmax(n):
    m = 0
    for i in range(n):
        v = i if i % 4 else i + 0.5
        if v > m:
            m = v
        if i == 1800:
            m = -1
    return m


show("mixed_minmax", mixed_minmax(2400))
