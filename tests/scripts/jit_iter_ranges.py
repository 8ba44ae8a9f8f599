# Hot `for` loops over ranges at their edges: negative and large steps,
# empty ranges, ranges whose bounds or values leave the 64-bit range, huge
# ranges left by break, and one loop site fed all of these in turn.

M = 2 ** 63 - 1


def walk(r):
    n = 0
    s = 0
    first = None
    last = None
    for i in r:
        if n == 0:
            first = i
        n += 1
        s += i
        last = i
    return n, s, first, last


ranges = [
    range(5000), range(5000, 0, -1), range(-1, -5001, -1), range(0, 30000, 7),
    range(30000, 0, -7), range(10, 10), range(10, 0), range(0, 10, -1), range(5, 6),
    range(-3000, 3000, 3), range(0, 5000, 5000), range(0, 5001, 5000),
    range(M - 3000, M), range(M - 2999, M + 1), range(M - 1500, M + 1500),
    range(-M - 1, -M + 3000), range(-M + 1500, -M - 1500, -1),
    range(0, 2 ** 66, 2 ** 53), range(2 ** 64, 2 ** 64 + 3000), range(M, M - 9000, -3),
    range(-2 ** 63, 2 ** 63, 2 ** 50), range(M, M + 1), range(M + 1, M + 2), range(M, M),
    range(0, M, M // 2 + 1), range(5000),
]
for r in ranges:
    print(r, walk(r))


def huge_break(r, stop):
    c = 0
    for i in r:
        c += 1
        if c >= stop:
            return c, i
    return c, None


print("huge1", huge_break(range(10 ** 18), 4000))
print("huge2", huge_break(range(-2 ** 63, 2 ** 63), 3000))
print("huge3", huge_break(range(2 ** 100, 0, -1), 3000))
print("huge4", huge_break(range(M - 1000, 2 ** 64), 2500))
print("huge5", huge_break(range(0, -10 ** 30, -(10 ** 20)), 3000))


def nested_empty(n):
    inner_runs = 0
    outer = 0
    for i in range(n):
        outer += 1
        for j in range(i % 3 - 1, 0):
            inner_runs += 1
        for j in range(0):
            inner_runs += 1000
    return outer, inner_runs


print("nested_empty", nested_empty(4000))


def step_variants():
    out = []
    for step in (1, 2, 3, -1, -2, 1000, -1000, 4999, 5000, 5001, M, -M):
        c = 0
        t = 0
        for i in range(-2500, 2500, step) if step > 0 else range(2500, -2500, step):
            c += 1
            t ^= i
        out.append((step, c, t))
    return out


for row in step_variants():
    print("step", row)


def loop_var_after(r):
    i = "unset"
    for i in r:
        pass
    return i


print("after", loop_var_after(range(3000)), loop_var_after(range(0)), loop_var_after(range(3000, 0, -2)),
      loop_var_after(range(M - 2000, M + 2)))


def range_len_index(n):
    s = 0
    xs = list(range(n))
    for i in range(len(xs) - 1, -1, -1):
        s = s * 3 % 1000003 + xs[i]
    for i in range(-len(xs), 0):
        s = s * 3 % 1000003 + xs[i]
    return s


print("len_index", range_len_index(4000))


def range_obj_reused(r):
    a = 0
    for i in r:
        a += i
    b = 0
    for i in r:
        b += i
    return a, b, a == b, len(r)


print("reused", range_obj_reused(range(1, 6000, 3)), range_obj_reused(range(M - 10, M + 3000)))
