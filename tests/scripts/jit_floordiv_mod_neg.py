# Floor division and modulo with negative operands, with bigs and with floats,
# in hot loops where the signs or magnitudes change after compilation.

MIN = -(2 ** 63)


def divmod_signs(n):
    acc = 0
    for i in range(n):
        a = i - 1500
        b = (i % 13) - 6
        if b == 0:
            b = 7
        q = a // b
        r = a % b
        if q * b + r != a:
            return "broken at", i
        acc += q + r
    return acc


print("divmod_signs", divmod_signs(3000))


def neg_divisor_late(n):
    d = 5
    acc = 0
    for i in range(n):
        if i == 2000:
            d = -5
        acc += (i // d) * 10 + (i % d)
    return acc


print("neg_divisor_late", neg_divisor_late(2600))


def min_int_div(n):
    out = []
    for i in range(n):
        v = MIN + i % 3
        q = v // -1
        r = v % -1
        if i == 1599 or i == 1602:
            out.append((v, q, r, divmod(v, -1), v // 1, v % 2 ** 62))
    return out


print("min_int_div", min_int_div(2000))


def big_mod_small(n):
    s = 0
    for i in range(n):
        x = 2 ** 64 + i if i >= 1700 else i
        s += x % 1000 - x // 10 ** 18
    return s


print("big_mod_small", big_mod_small(2500))


def float_floor(n):
    out = []
    s = 0.0
    for i in range(n):
        a = (i - 1200) * 0.75
        s += a // 2.5 + a % 2.5
        if i in (0, 1199, 1200, 2000):
            out.append((a, a // 2.5, a % 2.5, a // -2.5, a % -2.5))
    return s, out


print("float_floor", float_floor(2400))


def mod_hash(n):
    h = 0
    for i in range(n):
        h = (h * 31 + i) % 1000000007
        h = h - 500000000
    return h, h % 97, h // 97


print("mod_hash", mod_hash(2500))


def neg_mod_table(n):
    counts = [0] * 7
    for i in range(n):
        counts[(-i * 3) % 7] += 1
        counts[(i - 5000) // 1000 % 7] += 1
    return counts


print("neg_mod_table", neg_mod_table(3000))
print([(-7) // 2, (-7) % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, -7.5 // 2, -7.5 % 2, 7 % -2.5])
print([divmod(-2 ** 70, 3), divmod(2 ** 70, -3), (-2 ** 70) // (2 ** 35), (2 ** 70 + 1) % -(2 ** 36)])
