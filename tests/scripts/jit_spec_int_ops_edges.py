# Int operations at the edges of the 64-bit range inside loops compiled
# with int speculation: shifts that overflow, negative shift counts
# (ValueError), ** with big and negative exponents (a float result),
# bitwise ops on negative and big ints, ~ of the extremes, abs, and the
# float division family raising ZeroDivisionError with each message.

MAX = 2 ** 63 - 1
MIN = -(2 ** 63)


def fmt(v):
    return type(v).__name__ + ":" + repr(v)


def shifts(n):
    acc = 0
    out = []
    for i in range(n):
        k = i % 70
        v = (i + 1) << k
        w = -(i + 1) << k
        acc += (v >> k) + (w >> k)
        if i % 70 == 63 and len(out) < 3:
            out.append((v, w, v >> 62, w >> 62, (-1) >> k))
    return acc, out


acc, out = shifts(2100)
print("shifts", acc)
for row in out:
    print("  ", row)


def bad_shift(n):
    errs = 0
    msg = None
    s = 0
    for i in range(n):
        k = (i % 5) - 1
        try:
            s += 1 << k
            s += 1024 >> k
        except ValueError as e:
            errs += 1
            msg = str(e)
    return s, errs, msg


print("bad_shift", bad_shift(2000))


def powers(n):
    s = 0
    fl = 0.0
    for i in range(n):
        e = i % 70
        s += 3 ** (e % 45) % 1000
        if i % 100 == 0:
            fl += 2 ** -(e % 10)
    return s, fmt(fl), fmt(2 ** -1), fmt((-2) ** 63), fmt((-2) ** 64), fmt(MAX ** 2)


print("powers", powers(2000))


def bitwise(n):
    a = 0
    o = 0
    x = 0
    for i in range(n):
        v = MIN + i if i % 2 else MAX - i
        a = (a * 31 + (v & (2 ** 64 - 1))) % (2 ** 61 - 1)
        o = (o | v) & MAX
        x = (x ^ ~v) + (v >> 3)
    return a, o, x, ~MAX, ~MIN, MIN & -1, MIN | 1, MIN ^ MAX, (2 ** 64) & -(2 ** 64)


print("bitwise", bitwise(2000))


def float_zero_messages(n):
    msgs = {}
    zero = 0.0
    for i in range(n):
        a = i * 1.0
        b = zero if i % 500 == 0 else 2.0
        for label in ("div", "floordiv", "mod", "divmod", "pow", "int-float"):
            try:
                if label == "div":
                    r = a / b
                elif label == "floordiv":
                    r = a // b
                elif label == "mod":
                    r = a % b
                elif label == "divmod":
                    r = divmod(a, b)
                elif label == "pow":
                    r = b ** -1
                else:
                    r = i / b
            except ZeroDivisionError as e:
                msgs[label] = msgs.get(label, 0) + 1
                msgs[label + "-msg"] = str(e)
    return sorted(msgs.items())


for item in float_zero_messages(1500):
    print("  fzero", item)


def int_pow_zero(n):
    c = 0
    msg = None
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        b = i % 3
        try:
            r = b ** -1
            c += 1 if type(r) is float else 100
        except ZeroDivisionError as e:
            msg = str(e)
    return c, msg


print("int_pow_zero", int_pow_zero(1500))


def abs_neg_mix(n):
    out = 0
    for i in range(n):
        v = MIN + i if i < 1000 else -i * 1.5
        out += abs(v) - (-v)
        out += (v < 0) + (v > MIN)
    return out, fmt(abs(MIN)), fmt(-MIN), fmt(abs(-0.0)), fmt(abs(True)), fmt(-True)


print("abs_neg_mix", abs_neg_mix(2000))


def mod_signs_edge(n):
    s = 0
    for i in range(n):
        a = MIN + i
        b = (i % 7) - 3 or 7
        s += a % b + a // b
        s += MAX % b - MAX // b
    return s


print("mod_signs_edge", mod_signs_edge(1800))


def int_to_float_overflow(n):
    errs = 0
    msg = None
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        big = 10 ** (300 + i % 20)
        try:
            f = float(big)
            errs += 0
        except OverflowError as e:
            errs += 1
            msg = str(e)
        try:
            f = big * 1.0
        except OverflowError as e:
            errs += 1
            msg = str(e)
    return errs, msg


print("int_to_float_overflow", int_to_float_overflow(1500))
