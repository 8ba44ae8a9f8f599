# A speculated `xs[i]` read failing (item of another type, index out of
# range) in the middle of an expression: with call arguments, a method,
# unboxed floats, fresh pairs and other temporaries already on the value
# stack, so the exit must hand all of them to the interpreter intact.


def f3(a, b, c):
    return (a, b, c)


def combine(xs, ys, n):
    out = []
    acc = 0.0
    for i in range(n):
        k = i % len(xs)
        # a call with two arguments pending when xs[k] is read
        t = f3(i * 0.5, (i, str(i % 10)), xs[k])
        # a float product pending on the stack
        acc = acc + (i * 0.25) * 2.0 + ys[k] * 1.5
        if i % 500 == 499 or i >= n - 3:
            out.append((t[0], t[1], t[2], acc))
    return out


N = 3000
xs = list(range(7))
ys = [1.0 * k for k in range(7)]
for row in combine(xs, ys, N):
    print("  ints", row)
xs2 = list(range(7))
xs2[3] = "three"
ys2 = [1.0 * k for k in range(7)]
ys2[5] = 5
for row in combine(xs2, ys2, N)[-4:]:
    print("  mixed", row)


def method_pending(n):
    out = []
    src = list(range(10))
    for i in range(n):
        if i == n - 5:
            src[i % 10] = [1, 2]
        out.append(src[i % 10])
        if len(out) > 12:
            del out[0]
    return out


print("method_pending", method_pending(3000))


def dict_build_pending(n):
    src = [k * 2 for k in range(6)]
    d = {}
    for i in range(n):
        if i == n - 3:
            src[i % 6] = 1.5
        d[i % 4] = {"a": i, "b": (i, i + 1), "c": src[i % 6]}
    return d


print("dict_build_pending", dict_build_pending(3000))


def index_error_pending(n):
    src = list(range(5))
    res = []
    caught = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        try:
            res.append((i, [i, i + 1], src[i % 7] * 2.0 + 1))
        except IndexError:
            caught += 1
        if len(res) > 4:
            res.pop(0)
    return caught, res


print("index_error_pending", index_error_pending(4000))


def nested_pending(n):
    grid = [[r * 10 + c for c in range(5)] for r in range(5)]
    s = 0
    out = []
    for i in range(n):
        if i == n // 2:
            grid[2][3] = 2.5
        if i == n // 2 + 10:
            grid[4] = (40, 41, 42, 43, 44)
        v = max(grid[i % 5][(i // 5) % 5], grid[(i + 1) % 5][i % 5], -1)
        s = s + v
        if i >= n - 3:
            out.append(v)
    return s, out


print("nested_pending", nested_pending(4000))


def compare_pending(n):
    src = list(range(50))
    c = 0
    for i in range(n):
        if i == n - 100:
            src[7] = 7.0
            src[8] = True
        if 3 < src[i % 50] * 2 < 60 and (i, src[i % 50]) != (i, -1):
            c += 1
    return c


print("compare_pending", compare_pending(5000))


def str_format_pending(n):
    src = list(range(10))
    out = []
    for i in range(n):
        if i == n - 4:
            src[(n - 2) % 10] = "s"
        line = "%d:%s:%s" % (i, (i, i % 3), src[i % 10])
        if i >= n - 4:
            out.append(line)
    return out


print("str_format_pending", str_format_pending(3000))


def unpack_pending(n):
    pairs = [(k, -k) for k in range(8)]
    s = 0
    out = []
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        if i == n - 10:
            pairs[3] = [30, -30]
        if i == n - 9:
            pairs[4] = (1, 2, 3)
        try:
            a, b = pairs[i % 8]
            s += f3(a, b, (a, b))[2][0]
        except ValueError as e:
            out.append(str(e))
    return s, out


print("unpack_pending", unpack_pending(4000))
