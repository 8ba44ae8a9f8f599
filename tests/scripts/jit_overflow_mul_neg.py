# Multiplication overflow in hot loops: x * x growing, products of signed
# operands, -x and abs() of the minimum 64-bit int, and big ints reduced
# back to small ones.

MIN = -(2 ** 63)


def square_grow(n):
    x = 2
    out = []
    for i in range(n):
        x = x * x
        if x > 2 ** 400:
            x = x % 100003 + 2
        if i > 1495 and i < 1505:
            out.append(x % 1000003)
    return out


print("square_grow", square_grow(2000))


def mul_cross(n):
    x = 3
    count = 0
    for i in range(n):
        x *= 3
        if x > 2 ** 63:
            count += 1
            x //= 3 ** 30
    return x, count


print("mul_cross", mul_cross(2500))


def neg_min(n):
    eq = 0
    out = []
    for i in range(n):
        v = MIN + (i % 4)
        w = -v
        if w == abs(v):
            eq += 1
        if i == 2000:
            out.append((v, w, abs(v), -w, v * -1, v // -1, -v - 1))
    return eq, out


print("neg_min", neg_min(2500))


def mul_signed(n):
    acc = 0
    for i in range(n):
        a = (i % 9) - 4
        b = 2 ** 61 + i
        p = a * b
        acc += p % 1000
        if i in (1800, 1801, 1802, 1803, 1804):
            print("  mul_signed", i, p, p // 7, p % 7)
    return acc


print("mul_signed", mul_signed(2200))


def factorial_loop(n):
    f = 1
    for k in range(1, n + 1):
        f *= k
        if k in (20, 21):
            print("  fact", k, f)
    return f % 998244353, len(str(f))


print("factorial_loop", factorial_loop(1500))


def big_back_small(n):
    x = 1
    trace = []
    for i in range(n):
        x = x * 1000003
        if x > 2 ** 100:
            x = x % 97
        trace.append(x % 11)
    return sum(trace), trace[-5:], x


print("big_back_small", big_back_small(2500))


def square_neg(n):
    out = 0
    for i in range(n):
        v = -(2 ** 31) - i
        out += (v * v) % 1000
    return out, (-(2 ** 31) - 3) ** 2


print("square_neg", square_neg(2500))


def shift_mul(n):
    acc = 0
    for i in range(n):
        v = (i + 1) << (i % 70)
        acc += (v * 3) >> (i % 70)
    return acc


print("shift_mul", shift_mul(2100))


def pow_loop(n):
    acc = 0
    for i in range(n):
        acc += (2 ** (i % 80)) % 1009
    return acc


print("pow_loop", pow_loop(2300))
print(MIN * MIN, MIN * -1, -MIN, abs(MIN), MIN * 0, MIN * 1, (MIN + 1) * -1)
