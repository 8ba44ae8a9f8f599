# Int addition and subtraction in hot loops that cross 2**63 - 1 and -2**63
# after the loop is compiled, then come back into the small-int range.

MAX = 2 ** 63 - 1
MIN = -(2 ** 63)


def add_cross(n, start, step):
    x = start
    big_seen = 0
    for i in range(n):
        x = x + step
        if x > MAX or x < MIN:
            big_seen += 1
        if i % 700 == 0:
            print("  add_cross", i, x)
    return x, big_seen


print(add_cross(3000, MAX - 2500, 1))
print(add_cross(3000, MIN + 2500, -1))
print(add_cross(2500, 0, 2 ** 52))


def sub_cross(n):
    x = MIN + 1800
    out = []
    for i in range(n):
        x -= 1
        if i in (1798, 1799, 1800, 1801, n - 1):
            out.append((i, x, x < MIN))
    return out


for r in sub_cross(2400):
    print("sub_cross", r)


def back_and_forth(n):
    x = MAX - 1000
    k = 0
    for i in range(n):
        if i < 2000:
            x += 1
        else:
            x -= 3
        if x == MAX + 1:
            k += 1
    return x, k, x - MAX


print("back_and_forth", back_and_forth(3000))


def aug_big_step(n):
    acc = 0
    for i in range(n):
        acc += MAX // 1000
        if i == 1500:
            print("  half", acc, acc > MAX)
    return acc, acc // MAX


print("aug_big_step", aug_big_step(2500))


def diff_of_bigs(n):
    a = MAX
    b = MIN
    out = 0
    for i in range(n):
        d = a - b
        e = b - a
        out += (d + e) + (i if i > 2000 else 0)
    return out, a - b, b - a, b - 1, a + 1


print("diff_of_bigs", diff_of_bigs(2200))


def fib_iter(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
        if i in (90, 91, 92, 93):
            print("  fib", i, a)
    return a % 1000000007


print("fib_iter", fib_iter(1500))


def mixed_signs(n):
    total = MAX - 1
    for i in range(n):
        if i % 2 == 0:
            total += i
        else:
            total -= i - 1
    return total, total - MAX


print("mixed_signs", mixed_signs(2600))


def counter_near_max(n):
    c = MAX - 2000
    s = 0
    for i in range(n):
        c += 1
        s += c & 7
    return c, s, c - (MAX - 2000)


print("counter_near_max", counter_near_max(2800))
