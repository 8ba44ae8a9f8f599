# Int accumulators in hot loops that overflow past 2**63 (sums, products,
# -x of -2**63, x * x, subtraction below -2**63, augmented assignment and
# shifts), then keep going and later come back into the 64-bit range; the
# overflowing operation must give the exact big-int result and the loop
# must continue from it.

MAX = 2 ** 63 - 1
MIN = -(2 ** 63)


def sum_past_max(n):
    s = MAX - 5000
    crossed = None
    for i in range(n):
        s += 3
        if crossed is None and s > MAX:
            crossed = (i, s)
    return s, crossed, s - MAX


print("sum_past_max", sum_past_max(2500))


def sum_oscillate(n):
    # crosses MAX upward and back down many times
    s = MAX - 999
    ups = 0
    for i in range(n):
        if i % 400 < 200:
            s += 10
        else:
            s -= 10
        if s == MAX + 1:
            ups += 1
    return s, ups


print("sum_oscillate", sum_oscillate(3000))


def sub_past_min(n):
    s = MIN + 3000
    for i in range(n):
        s -= 2
    return s, s - MIN


print("sub_past_min", sub_past_min(2000))


def product_grow(n):
    p = 1
    marks = []
    for i in range(1, n):
        p = p * 3 if p < 2 ** 200 else p // 2 ** 150
        if i in (39, 40, 41, 126, 127, 128):
            marks.append(p)
    return p % 1000000007, marks


r = product_grow(2200)
print("product_grow", r[0])
for m in r[1]:
    print("  mark", m)


def neg_of_min(n):
    out = []
    total = 0
    for i in range(n):
        v = MIN if i % 500 == 499 else -i
        w = -v
        total += w
        if i % 500 == 499:
            out.append((w, type(w).__name__))
    return total, out


print("neg_of_min", neg_of_min(2000))


def square_chain(n):
    x = 3
    hits = []
    for i in range(n):
        y = x * x
        if y > MAX:
            hits.append((i, y))
            x = 3 + i % 5
        else:
            x = y
    return len(hits), hits[:3], hits[-1]


print("square_chain", square_chain(2000))


def mixed_sign_mul(n):
    acc = 0
    for i in range(n):
        a = 3037000500 if i % 2 else -3037000500
        b = 3037000499 + i % 3
        acc += a * b
    return acc


print("mixed_sign_mul", mixed_sign_mul(2500))


def aug_ops(n):
    a = 1
    b = MAX
    c = MIN
    for i in range(n):
        a <<= 1
        if a > 2 ** 100:
            a >>= 90
        b += 1
        b -= 1
        c -= 1
        c += 1
    return a, b, c


print("aug_ops", aug_ops(2400))


def overflow_then_small(n):
    x = 0
    trace = []
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        x += MAX // 1000
        if x > MAX:
            trace.append(x)
            x -= MAX
        if i > 1500 and len(trace) < 4:
            pass
    return x, trace[:4], len(trace)


print("overflow_then_small", overflow_then_small(3000))


def abs_and_neg_edge(n):
    out = set()
    for i in range(n):
        v = MIN + (i % 3)
        out.add((abs(v), -v, v - 1, v * -1, -(v - 1)))
    return sorted(out)


for row in abs_and_neg_edge(1500):
    print("  edge", row)


def fib_big(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a % 10 ** 12, len(str(a))


print("fib_big", fib_big(1600))

# module-level hot loop overflowing
acc = MAX - 10
for i in range(2000):
    acc += 1
    if i == 1990:
        print("module mid", acc)
    acc -= 0
print("module", acc, acc - MAX, -acc)
