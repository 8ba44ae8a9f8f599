# Subscript, store, unpack and pair sites whose speculation fails again and
# again: the item type at a site flips many times across calls and within
# one loop (more often than the engine recompiles a function), and the
# results must stay right after the engine gives up specialising.


def read_sum(xs, n):
    s = xs[0] - xs[0]
    for i in range(n):
        s = s + xs[i % len(xs)]
    return s


kinds = [
    [1, 2, 3],
    [0.5, 1.5],
    [2 ** 64, 1],
    [True, False, True],
    [1, 2, 3],
    [0.25],
    [-1, -2],
    [1.0, 2],
    [3, 4.0],
    [1, 2, 3],
    [10 ** 20, -(10 ** 20) + 1],
    [7],
]
for round_no in range(2):
    print("read_sum", round_no, [read_sum(xs, 2500) for xs in kinds])


def flip_within_loop(n):
    xs = [0] * 8
    s = 0
    for i in range(n):
        k = i % 8
        phase = (i // 300) % 4
        if phase == 0:
            xs[k] = i
        elif phase == 1:
            xs[k] = i * 0.5
        elif phase == 2:
            xs[k] = 2 ** 63 + i
        else:
            xs[k] = i % 2 == 0
        s = (s + xs[k] + xs[(k + 3) % 8]) % 1000003
    return s, xs


print("flip_within_loop", flip_within_loop(6000))


def unpack_flip(n):
    srcs = [(1, 2), [3, 4], "ab", (5.5, 6.5), range(2), (2 ** 70, 1)]
    s = 0
    strs = 0
    for i in range(n):
        t = srcs[(i // 250) % len(srcs)]
        a, b = t
        if type(a) is str:
            strs += 1
        else:
            s += a * 2 - b
    return s, strs


print("unpack_flip", unpack_flip(6000))


def pair_flip(n):
    d = {}
    for i in range(n):
        phase = (i // 200) % 5
        if phase == 0:
            p = (i % 7, i % 3)
        elif phase == 1:
            p = (i % 7 * 1.0, i % 3)
        elif phase == 2:
            p = (str(i % 7), i % 3)
        elif phase == 3:
            p = (i % 7, None)
        else:
            p = (2 ** 64 + i % 7, i % 3)
        d[p] = d.get(p, 0) + 1
    return len(d), d[(0, 0)], d[("0", 0)], d[(0, None)], d[(2 ** 64, 0)]


print("pair_flip", pair_flip(6000))


def store_flip_targets(n):
    a = [0] * 4
    b = {0: 0, 1: 0, 2: 0, 3: 0}
    c = [0.0] * 4
    s = 0
    for i in range(n):
        phase = (i // 150) % 3
        t = a if phase == 0 else (b if phase == 1 else c)
        t[i % 4] = t[(i + 1) % 4] + 1
        s += t[i % 4]
    return s, a, sorted(b.items()), c


print("store_flip_targets", store_flip_targets(6000))


def error_every_other(n):
    xs = [1, 2, 3, 4]
    ok = 0
    bad = 0
    for i in range(n):
        try:
            if i % 2:
                v = xs[4 + i % 3]
            else:
                v = xs[i % 4]
            a, b = (v, v) if i % 3 else (v,)
            ok += a + b
        except IndexError:
            bad += 1
        except ValueError:
            bad += 100
    return ok, bad


print("error_every_other", error_every_other(5000))


def recompile_then_stable(n):
    # many early failures, then a long stable stretch of ints
    xs = list(range(16))
    s = 0
    for i in range(n):
        if i < 200 and i % 20 == 0:
            xs[i % 16] = float(i)
        elif i == 200:
            xs = list(range(16))
        s += xs[i % 16]
    return s


print("recompile_then_stable", recompile_then_stable(8000))
print("recompile_then_stable_again", recompile_then_stable(8000))


def osr_reentry(rounds, n):
    out = []
    for r in range(rounds):
        xs = [r] * 5 if r % 2 == 0 else [r * 0.5] * 5
        t = 0
        for i in range(n):
            t += xs[i % 5]
            xs[(i + 2) % 5] = xs[i % 5]
            a, b = xs[i % 5], t
            t = b + a - a
        out.append(t)
    return out


print("osr_reentry", osr_reentry(12, 1500))
