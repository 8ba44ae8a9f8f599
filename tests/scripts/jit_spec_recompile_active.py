# Recompilation while older compiled code of the same function is still
# running: a compiled frame calls itself (or another function) with new
# argument types, which declines the entry and recompiles; after the inner
# call returns the outer frame keeps running its loop (and may overflow or
# change types itself). Also more than 8 recompilations of one function,
# after which it stays interpreted, interleaved with the compiled callers.


def fmt(v):
    return type(v).__name__ + ":" + repr(v)


def layered(depth, x):
    # each level runs a hot loop, calls the next level with a new type in
    # the middle of it, then continues the loop
    acc = x
    inner = None
    for i in range(1200):
        acc = acc + x
        if i == 600 and depth > 0:
            kinds = [0.5, 2 ** 64, True, 7, -1.25, 3]
            inner = layered(depth - 1, kinds[depth % len(kinds)])
    return acc, inner


def flatten(r):
    out = []
    while r is not None:
        out.append(fmt(r[0]))
        r = r[1]
    return out


for start in [1, 2.5, 2 ** 63]:
    print("layered", fmt(start), flatten(layered(6, start)))


def self_retype(n, x):
    # recursion where every level changes the argument type and the outer
    # frame overflows after the inner return
    if n == 0:
        return [fmt(x)]
    total = n
    for i in range(300):
        total = total + 1
    nxt = [x * 0.5, int(x) * 2 ** 60, str(n), n][n % 4] if type(x) is not str else n
    res = self_retype(n - 1, nxt)
    big = 2 ** 62
    for i in range(4):
        total = total + big
    res.append(fmt(total))
    return res


print("self_retype", self_retype(10, 3))


def churn(a, b):
    s = a
    for _ in range(40):
        s = s + b
    return s


vals = [1, 0.5, "x", 2 ** 70, True, (1,), [2], -3, 1.25, "yz", 2 ** 63 - 1, False, 4]
results = []
for rnd in range(150):
    for v in vals:
        results.append(churn(v, v))
print("churn count", len(results))
print("churn last", [fmt(r) if type(r) in (int, float, bool) else len(r) for r in results[-len(vals):]])
print("churn first", [fmt(r) if type(r) in (int, float, bool) else len(r) for r in results[:len(vals)]])


def caller_of_churn(n):
    t = 0
    for i in range(n):
        t += churn(i, 1)
        if i % 500 == 250:
            t += int(churn(i * 1.0, 0.5))
    return t


print("caller_of_churn", caller_of_churn(2000))


def outer_osr_then_inner_change(n):
    def step(v):
        return v + v

    acc = 0
    for i in range(n):
        v = i if i < 1500 else (i * 0.5 if i < 1700 else i + 2 ** 63)
        acc = acc + (step(v) - step(v))
        acc = acc + (1 if step(v) > v else 0)
    return acc


print("outer_osr_then_inner_change", outer_osr_then_inner_change(2000))


def mutual_a(n, x):
    if n <= 0:
        return x
    return mutual_b(n - 1, x + 1)


def mutual_b(n, x):
    if n <= 0:
        return x
    return mutual_a(n - 1, x * 1)


s = 0
for i in range(1500):
    s += mutual_a(6, i)
print("mutual warm", s)
print("mutual types", fmt(mutual_a(50, 0.5)), fmt(mutual_a(51, 2 ** 64)), fmt(mutual_a(7, True)),
      fmt(mutual_b(9, 2 ** 63 - 3)), fmt(mutual_a(8, 1)))
