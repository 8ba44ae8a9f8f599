# The state seen after a speculation fails or an exception leaves compiled
# code: floats kept unboxed (including -0.0, nan, inf and subnormals) must
# be written back exactly; locals updated several times before an exception
# in the same block must show their latest values in the handler, after
# break, in for-else, and after the function returns.


def fmt(v):
    return type(v).__name__ + ":" + repr(v)


def boom(i):
    if i % 400 == 399:
        raise ValueError("boom %d" % i)
    return i


def float_state_on_raise(n):
    x = 1.0
    y = -0.0
    z = 0
    log = []
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        try:
            x = x * 1.5
            if x > 1e300:
                x = -0.0
            y = y - 0.0
            z = z + 1
            x = x + boom(i) * 0.0
            z = z + 1
        except ValueError as e:
            log.append((str(e), fmt(x), fmt(y), z))
    return log, fmt(x), fmt(y), z


log, x, y, z = float_state_on_raise(2000)
for item in log:
    print("  raise", item)
print("float_state_on_raise", x, y, z)


def special_floats(n):
    vals = [float("inf"), float("-inf"), float("nan"), -0.0, 5e-324, 1.7976931348623157e308,
            2.2250738585072014e-308, 0.1]
    out = []
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        v = vals[i % len(vals)] if i >= 1500 else i * 0.5
        w = v * 1.0
        u = -w
        if i >= n - len(vals):
            out.append((fmt(w), fmt(u), w == w, bool(w), fmt(w + 0.0), fmt(w * 2)))
    return out


for row in special_floats(2000):
    print("  special", row)


def neg_zero_stays(n):
    z = 0.0
    for i in range(n):
        z = -z
        if i == n - 1:
            break
    a = -0.0
    for i in range(n):
        a = a * 1.0
    b = 0.0
    for i in range(n):
        b = -1.0 * b if i % 2 else b
    return fmt(z), fmt(a), fmt(b), fmt(-0.0 + 0.0), fmt(-0.0 - 0.0), fmt(0.0 * -1)


print("neg_zero_stays", neg_zero_stays(1501))


def break_state(n):
    a = 0
    b = 0.0
    c = ""
    for i in range(n):
        a += i
        b += 0.5
        if i == n - 7:
            c = "broke"
            a = a * 2 ** 40
            break
        c = "loop"
    else:
        c = "else"
    return a, fmt(b), c


print("break_state", break_state(2000))


def else_state(n):
    a = 0
    f = 0.25
    for i in range(n):
        a = a + i
        f = f * 1.0001
    else:
        a = (a, fmt(f))
    return a


print("else_state", else_state(1800))


def index_error_state(xs):
    total = 0
    last = None
    i = 0
    try:
        while True:
            last = xs[i] * 0.5
            total = total + xs[i]
            i += 1
    except IndexError as e:
        return total, fmt(last), i, str(e)


print("index_error_state", index_error_state(list(range(1800))))
print("index_error_state mixed", index_error_state([1, 2.5] * 900))


def key_error_state(n):
    d = {k: k * 1.0 for k in range(n)}
    acc = 0.0
    miss = []
    for i in range(n + 3):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        try:
            acc = acc + d[i if i < n else -i]
        except KeyError as e:
            miss.append((repr(e), fmt(acc)))
    return fmt(acc), miss


print("key_error_state", key_error_state(1600))


def type_error_state(n):
    vals = list(range(1500)) + ["x", None, 2.5, [1]]
    s = 0
    errs = []
    chk = 0
    chk = 0
    for v in vals[:n]:
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        try:
            s = s + v
        except TypeError as e:
            errs.append((fmt(s), str(e)))
    return s, errs


s, errs = type_error_state(1504)
print("type_error_state", s)
for e in errs:
    print("  ", e)


def finally_state(n):
    x = 0
    trace = []
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        try:
            x = x + 1
            if i % 600 == 599:
                x = x * 0.5
                continue
        finally:
            if i % 600 == 599:
                trace.append(fmt(x))
    return fmt(x), trace


print("finally_state", finally_state(2000))
