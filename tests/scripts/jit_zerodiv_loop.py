# ZeroDivisionError raised by int and float division, floor division and
# modulo inside hot loops and caught there, with the divisor only becoming
# zero after the loop is hot.


def int_div_late_zero(n):
    d = 3
    total = 0
    caught = 0
    for i in range(n):
        if i == 2000:
            d = 0
        elif i == 2010:
            d = 4
        try:
            total += i // d
        except ZeroDivisionError as e:
            caught += 1
            if caught == 1:
                print("  first:", e)
    return total, caught


print("int_div_late_zero", int_div_late_zero(2500))


def every_seventh_zero(n):
    ok = 0
    errs = [0, 0, 0, 0]
    for i in range(n):
        d = i % 7
        try:
            ok += i // d
        except ZeroDivisionError:
            errs[0] += 1
        try:
            ok += i % d
        except ZeroDivisionError:
            errs[1] += 1
        try:
            ok += int(i / d)
        except ZeroDivisionError:
            errs[2] += 1
        try:
            ok += divmod(i, d)[0]
        except ZeroDivisionError:
            errs[3] += 1
    return ok, errs


print("every_seventh_zero", every_seventh_zero(3000))


def float_zero(n):
    s = 0.0
    msgs = []
    for i in range(n):
        x = 1.5 * i
        y = (i % 500) * 0.5
        try:
            s += x / y
        except ZeroDivisionError as e:
            if len(msgs) < 2:
                msgs.append(str(e))
        try:
            s += x % y
        except ZeroDivisionError as e:
            if len(msgs) < 4:
                msgs.append(str(e))
        try:
            s += x // y
        except ZeroDivisionError as e:
            if len(msgs) < 6:
                msgs.append(str(e))
    return round(s, 6), msgs


print("float_zero", float_zero(2600))


def big_int_zero(n):
    caught = 0
    acc = 0
    for i in range(n):
        big = 2 ** 70 + i
        d = 0 if i > 1900 and i % 50 == 0 else (i % 5) + 1
        try:
            acc += big // d % 1000
        except ZeroDivisionError as e:
            caught += 1
            last = e
    return acc, caught, type(last).__name__, str(last)


print("big_int_zero", big_int_zero(2200))


def mixed_zero(n):
    out = []
    for i in range(n):
        d = 0.0 if i == 1800 else (0 if i == 1900 else (False if i == 2000 else 2))
        try:
            v = 10 / d
        except ZeroDivisionError as e:
            out.append((i, type(d).__name__, str(e)))
            continue
        if v != 5.0:
            out.append("bad")
    return out


for r in mixed_zero(2100):
    print("mixed_zero", r)


def arith_error_base(n):
    c = 0
    for i in range(n):
        try:
            c += 100 // (i - 1700)
        except ArithmeticError as e:
            print("  ArithmeticError caught:", type(e).__name__, e)
    return c


print("arith_error_base", arith_error_base(2000))


def zero_pow(n):
    c = 0
    for i in range(n):
        try:
            c += 0 ** (-1 if i == 1700 else 2)
        except ZeroDivisionError as e:
            print("  pow:", e)
    try:
        print(0.0 ** -1)
    except ZeroDivisionError as e:
        print("  float pow:", e)
    return c


print("zero_pow", zero_pow(2000))
