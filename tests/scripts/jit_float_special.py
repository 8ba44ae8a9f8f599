# Float edge cases in hot float loops: overflow to inf, nan propagation,
# signed zeros, int conversions that overflow, math domain errors caught in
# loops, round/int/float conversions, and huge int / float mixes.

import math


def grow_to_inf(n):
    x = 1.5
    steps = 0
    for i in range(n):
        x = x * x if x < 1e300 else x * 10
        steps += 1
        if x == math.inf:
            break
    return x, steps, -x, x - x, x * 0


print("grow_to_inf", grow_to_inf(3000))


def nan_prop(n):
    s = 0.0
    nan_count = 0
    for i in range(n):
        v = float("nan") if i == 1900 else i * 0.5
        s += v
        if s != s:
            nan_count += 1
    return s, nan_count, math.isnan(s)


print("nan_prop", nan_prop(2200))


def signed_zero(n):
    z = 0.0
    out = []
    for i in range(n):
        z = -z * 1.0
        if i >= 1998:
            out.append((z, 1 / z if z != 0 else repr(z), math.atan2(z, -1.0)))
    return out, -0.0 == 0.0, repr(-0.0 + 0.0), repr(-0.0 * 5), repr(0.0 * -5)


print("signed_zero", signed_zero(2001))


def int_to_float_overflow(n):
    errs = 0
    s = 0.0
    for i in range(n):
        v = 10 ** 308 * (10 if i >= 1900 else 1)
        try:
            s += float(v) / 1e308
        except OverflowError as e:
            errs += 1
            msg = str(e)
    return s, errs, msg


print("int_to_float_overflow", int_to_float_overflow(2000))


def mixed_big_float(n):
    t = 0.0
    for i in range(n):
        t += (2 ** 62 + i) * 1.0 - 2.0 ** 62
    try:
        t += 10 ** 400 * 1.0
    except OverflowError as e:
        print("  OverflowError:", e)
    return t, 2 ** 1000 / 2 ** 999, 10 ** 400 // 10 ** 399, (2 ** 53 + 1) / 1


print("mixed_big_float", mixed_big_float(2000))


def math_domain(n):
    ok = 0.0
    bad = 0
    for i in range(n):
        v = 100 - i * 0.05
        try:
            ok += math.sqrt(v) + math.log(v)
        except ValueError as e:
            bad += 1
            msg = str(e)
    return round(ok, 6), bad, msg


print("math_domain", math_domain(2500))


def conversions(n):
    a = 0
    for i in range(n):
        f = i * 0.37 - 300
        a += int(f) + round(f) + math.floor(f) + math.ceil(f)
    out = [int(-2.5), int(2.999), round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2)]
    try:
        int(math.inf)
    except OverflowError as e:
        out.append("OverflowError: " + str(e))
    try:
        int(math.nan)
    except ValueError as e:
        out.append("ValueError: " + str(e))
    return a, out


print("conversions", conversions(2500))


def float_pow(n):
    s = 0.0
    for i in range(n):
        s += (i % 10) ** 0.5 + 2.0 ** (i % 20) + (i % 7) ** -1.0 if i % 7 else 0
    out = [(-8) ** (1 / 3) if False else 0, 2 ** -2, (-2.0) ** 2, 0.0 ** 0, math.inf ** 0]
    try:
        print(2.0 ** 10000)
    except OverflowError as e:
        out.append("OverflowError: " + str(e))
    return round(s, 6), out


print("float_pow", float_pow(2500))


def float_repr_loop(n):
    x = 0.0
    for i in range(n):
        x += 0.1
    return x, repr(x), str(1e16), str(1e-5), 1.0 / 3, 2.5e-310, 1e22, 123456789012345678.0


print("float_repr_loop", float_repr_loop(2000))


def inf_compare(n):
    c = 0
    inf = math.inf
    for i in range(n):
        v = inf if i > 1800 else i
        if v > 10 ** 400:
            c += 1
        if v < -inf:
            c -= 1
    return c, inf == inf, -inf < 2 ** 2000, math.isinf(-inf), max(inf, 10 ** 400) == inf


print("inf_compare", inf_compare(2000))


def hypot_loop(n):
    s = 0.0
    for i in range(n):
        s += math.hypot(i, i + 1) - math.fabs(-i)
    return round(s, 6), math.gcd(2 ** 70, 6 ** 30), math.isqrt(10 ** 30 + 7)


print("hypot_loop", hypot_loop(2000))
