# Small-int fast paths (int/int specialisations of + - * // % << and augmented
# assignment) that overflow past 2**63 in the middle of a hot loop, come back
# below it, and meet bools, which are ints to arithmetic but not to repr.

LIMIT = 2 ** 63


def accumulate(step, n, start):
    x = start
    crossings = 0
    below = x < LIMIT
    for _ in range(n):
        x += step
        now = x < LIMIT
        if now != below:
            crossings += 1
            below = now
    return x, crossings


print(accumulate(1, 500, LIMIT - 250))
print(accumulate(-1, 500, LIMIT + 250))
print(accumulate(2 ** 40, 3000, LIMIT - 2 ** 50))
print(accumulate(True, 300, LIMIT - 100))
print(accumulate(-7, 400, -LIMIT + 1000))


def square_chain(n):
    out = []
    x = 2
    for i in range(n):
        x = x * x
        if x > 2 ** 200:
            x = x % 1000 + 2
        out.append(x % 997)
    return out[:10], out[-5:]


print(square_chain(800))


def mul_signs(n):
    out = []
    for i in range(n):
        a = (i % 11) - 5
        b = 2 ** 62 + i
        p = a * b
        q = p // 3
        r = p % 7
        if i % 100 == 0:
            out.append((p, q, r))
    return out


print(mul_signs(600))


def shifts(n):
    vals = []
    for i in range(n):
        v = (i + 1) << (i % 66)
        vals.append((v >> (i % 66)) == i + 1)
    return all(vals), (1 << 63) - 1, -(1 << 63), (-1) << 63, 1 << 64 >> 1


print(shifts(700))


def negate(n):
    out = []
    m = -LIMIT
    for i in range(n):
        x = m + (i % 3)
        y = -x
        z = abs(x)
        out.append(y == z)
    return all(out), -m, m * -1, m // -1, divmod(m, -1), -(m + 1), ~m, ~(LIMIT - 1)


print(negate(300))


def powers(n):
    out = []
    for i in range(n):
        out.append(3 ** (i % 45) % 1000)
    return out[-6:], 3 ** 40, 2 ** 63, (-2) ** 63, 2 ** -1, pow(3, 100, 7), pow(2, 63) - 1


print(powers(500))


# Bools at int sites: arithmetic gives ints, comparisons and repr stay bools.
def bool_mix(n):
    t = 0
    trace = []
    for i in range(n):
        b = i % 3 == 0
        t = t + b
        t = t - (not b)
        t += b * 2
        if i % 125 == 0:
            trace.append((b + b, b * b, b - True, -b, ~b, b // 1, b % 2, b << 3, b / 2))
    return t, trace


print(bool_mix(600))


def sum_bools(xs):
    t = 0
    for x in xs:
        t += x
    return t, type(t).__name__


print(sum_bools([True] * 400), sum_bools([True, 2, False, 3.5]), sum_bools([False] * 10))
print(True + True, True * 2 ** 64, True == 1, type(True + 0).__name__, hash(True) == hash(1))
print({True: "a", 1: "b", 1.0: "c"}, [1, True, 1.0].count(True), max(True, 1), max(1, True))


# Floor division and modulo of big ints around zero, at a site warmed with small ints.
def divmods(pairs):
    return [(a // b, a % b) for a, b in pairs]


warm = [(i, 7) for i in range(1, 400)]
print(divmods(warm)[-2:])
print(divmods([(LIMIT, 3), (-LIMIT, 3), (LIMIT, -3), (-LIMIT - 1, -1), (2 ** 100, 2 ** 64),
               (-(2 ** 100), 2 ** 64 + 1), (7, 2 ** 70), (-7, 2 ** 70)]))
print(divmods(warm)[:2])


# int() and float() round trips across the boundary.
def conv(n):
    out = []
    for i in range(n):
        v = LIMIT - 2 + i
        out.append((int(str(v)) == v, int(float(v)), hex(v)))
    return out


print(conv(4))
