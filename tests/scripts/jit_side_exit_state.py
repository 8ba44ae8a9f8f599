# Guard failures that happen while many locals are live and values sit on the
# operand stack (mid-expression, mid-call-argument list, inside subscript
# stores and augmented assignments), so the frame rebuilt at a side exit must
# hold every value exactly.


def g(x):
    return x + 1


def many_live(n):
    a, b, c, d, e = 1, 2, 3, 4, 5
    s1 = "s"
    l1 = [0]
    f1 = 0.5
    t = 0
    for i in range(n):
        if i == 1900:
            c = 3.5
        t += a + b * c - d // e + len(s1) + l1[0] + f1
        a, b, d, e = b, a, e, d
    return t, a, b, c, d, e, s1, l1, f1


print("many_live", many_live(2500))


def mid_expression(n):
    out = 0
    x = 1
    for i in range(n):
        if i == 2000:
            x = 2.5
        out = out + (i * 2 + (g(i) - (x + i) * 3)) * (1 + (i % 2))
    return out


print("mid_expression", mid_expression(2500))


def in_call_args(n):
    def f(a, b, c, d):
        return a * 1000 + b * 100 + c * 10 + d

    s = 0
    y = 1
    for i in range(n):
        if i == 1700:
            y = 1.0
        s += f(i % 3, g(i % 5), i % 7 + y, (i % 2) * y)
    return s


print("in_call_args", in_call_args(2200))


def aug_subscript(n):
    xs = [0] * 8
    d = {"a": 0, "b": 0}
    v = 1
    for i in range(n):
        if i == 1800:
            v = 0.25
        elif i == 2100:
            v = 2 ** 64
        xs[i % 8] += v * (i % 3)
        d["a" if i % 2 else "b"] += v
    return xs, d


print("aug_subscript", aug_subscript(2400))


class Obj:
    def __init__(self):
        self.v = 0
        self.w = 0


def aug_attr(n):
    o = Obj()
    inc = 1
    for i in range(n):
        if i == 2000:
            inc = 0.5
        o.v += inc
        o.w -= inc * 2
    return o.v, o.w


print("aug_attr", aug_attr(2500))


def in_container_literals(n):
    rows = []
    x = 0
    for i in range(n):
        if i == 1900:
            x = "x"
        elif i == 1901:
            x = None
        elif i == 1902:
            x = 0
        try:
            rows.append([i, (i + x, i - 1), {"k": i * 2}])
        except TypeError as e:
            rows.append(["err", str(e)])
    return len(rows), rows[1899], rows[1900], rows[1901], rows[1902]


print("in_container_literals", in_container_literals(2000))


def exit_in_fstring(n):
    parts = []
    v = 1
    for i in range(n):
        if i == 1900:
            v = 1.5
        s = f"{i}:{i * v}:{g(i)}"
        if i in (1899, 1900, 1901):
            parts.append(s)
    return parts


print("exit_in_fstring", exit_in_fstring(2000))


def exit_then_exception(n):
    x = 1
    s = 0
    for i in range(n):
        if i == 1700:
            x = 1.5
        elif i == 1800:
            x = "bad"
        try:
            s += i * x + g(i)
        except TypeError as e:
            s += 0
            if i == 1800:
                print("  TypeError at 1800:", e)
        if i == 1810:
            x = 1
    return s


print("exit_then_exception", exit_then_exception(2200))


def compare_chain_exit(n):
    lo, hi = 10, 20
    c = 0
    for i in range(n):
        v = i % 30
        if i == 2000:
            lo = 10.5
        if lo < v < hi and v != 15:
            c += 1
    return c


print("compare_chain_exit", compare_chain_exit(2500))


def nested_calls_exit(n):
    def h(a):
        return g(a) * 2

    def k(a, b):
        return h(a) + h(b)

    s = 0
    z = 0
    for i in range(n):
        if i == 2000:
            z = 0.5
        s += k(i + z, i - z)
    return s


print("nested_calls_exit", nested_calls_exit(2500))


def bool_ops_exit(n):
    c = 0
    a = 1
    for i in range(n):
        if i == 1900:
            a = ""
        elif i == 2000:
            a = []
        elif i == 2100:
            a = 1
        r = (a and i) or -1
        c += r
    return c


print("bool_ops_exit", bool_ops_exit(2300))
