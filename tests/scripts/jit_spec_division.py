# Division in hot loops: int / int with huge ints (correctly rounded, like
# 10**30 / 7), int / int that is not exact in floating point, float and int
# division by zero caught by try/except inside the loop, // and % with big
# and negative operands, and a divisor whose type changes after the loop is
# compiled.


def true_div_big(n):
    out = []
    acc = 0.0
    for i in range(n):
        num = 10 ** 30 + i if i >= 1500 else i
        q = num / 7
        acc += q
        if i in (1499, 1500, 1501, n - 1):
            out.append(repr(q))
    return out, acc


out, acc = true_div_big(2000)
print("true_div_big", out)
print("  acc", repr(acc))


def exact_rounding(n):
    # results where int/int must round once (not convert both to float first)
    cases = [(2 ** 53 + 1, 1), (10 ** 30, 7), (2 ** 64 + 1, 2 ** 11), (-(10 ** 25) - 3, 3),
             (3 ** 60, 2 ** 40), (1, 3), (2 ** 1000, 2 ** 999), (10 ** 22 + 1, 10),
             (2 ** 54 + 1, 3), (2 ** 54 + 5, 7), (2 ** 54 + 2, 11), (-(2 ** 54) - 1, 9)]
    res = []
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        a, b = cases[i % len(cases)]
        r = a / b
        if i >= n - len(cases):
            res.append(repr(r))
    return res


for r in exact_rounding(1600):
    print("  exact", r)


def float_zero_div(n):
    caught = 0
    total = 0.0
    msg = None
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        d = float(i % 250)
        try:
            total += 1.0 / d
        except ZeroDivisionError as e:
            caught += 1
            msg = str(e)
    return caught, round(total, 6), msg


print("float_zero_div", float_zero_div(2500))


def int_zero_div(n):
    caught = [0, 0, 0]
    msgs = set()
    s = 0
    for i in range(n):
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
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        d = i % 300
        try:
            s += 1000000 // d
        except ZeroDivisionError as e:
            caught[0] += 1
            msgs.add(str(e))
        try:
            s += 1000000 % d
        except ZeroDivisionError as e:
            caught[1] += 1
            msgs.add(str(e))
        try:
            s += int(1000000 / d)
        except ZeroDivisionError as e:
            caught[2] += 1
            msgs.add(str(e))
    return s, caught, sorted(msgs)


print("int_zero_div", int_zero_div(2400))


def late_zero_float(n):
    d = 2.0
    acc = 0.0
    errs = 0
    for i in range(n):
        if i == 1800:
            d = 0.0
        elif i == 1805:
            d = -0.0
        elif i == 1810:
            d = 4
        try:
            acc += i / d
        except ZeroDivisionError as e:
            errs += 1
            if errs == 1 or errs == 6:
                print("  late_zero_float", i, type(e).__name__, e)
    return acc, errs, type(d).__name__


print("late_zero_float", late_zero_float(2000))


def floor_mod_big(n):
    s = 0
    for i in range(n):
        a = (-1) ** i * (2 ** 64 + i)
        b = 7 if i % 2 else -(2 ** 65)
        s += a // b + a % b
    return s


print("floor_mod_big", floor_mod_big(2000))


def floordiv_min_neg1(n):
    MIN = -(2 ** 63)
    out = []
    for i in range(n):
        d = -1 if i % 2 else 1
        q = MIN // d
        m = MIN % d
        if i >= n - 2:
            out.append((q, m, divmod(MIN, d)))
    return out


print("floordiv_min_neg1", floordiv_min_neg1(1600))


def divisor_type_change(n):
    d = 3
    s = 0
    log = []
    for i in range(n):
        if i == 1500:
            d = 2.5
        elif i == 1600:
            d = 2 ** 70
        elif i == 1700:
            d = True
        elif i == 1800:
            d = 5
        q = (i * 1000) // d
        s += q
        if i in (1500, 1600, 1700, 1800):
            log.append((type(q).__name__, q))
    return s, log


print("divisor_type_change", divisor_type_change(2000))


def float_mod_signs(n):
    out = []
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        a = (i % 7) - 3.5
        b = -2.0 if i % 2 else 2.0
        r = a % b
        f = a // b
        if i >= n - 4:
            out.append((repr(a), repr(b), repr(r), repr(f)))
    return out


for row in float_mod_signs(1500):
    print("  fmod", row)
print("edge", repr(10 ** 30 / 7), repr(-(10 ** 30) // 7), repr(2 ** 53 + 1 + 0.0), repr((2 ** 53 + 1) / 1))
try:
    print(2 ** 2000 / 3)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
