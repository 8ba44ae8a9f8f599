# `xs[i]` reads on lists in hot loops that go out of range, use negative
# indices, or index a list that is appended to, popped from or cleared while
# the loop runs; IndexError caught by try/except inside the hot loop many
# thousands of times, and the message checked.


def caught_every_time(n):
    xs = [10, 20, 30]
    errs = 0
    s = 0
    msg = None
    for i in range(n):
        try:
            s += xs[i]
        except IndexError as e:
            errs += 1
            msg = str(e)
    return s, errs, msg


print("caught_every_time", caught_every_time(5000))


def caught_alternating(n):
    xs = list(range(50))
    errs = 0
    s = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        k = i % 100
        try:
            s += xs[k]
        except IndexError:
            errs += 1
            s -= 1
    return s, errs


print("caught_alternating", caught_alternating(6000))


def caught_negative(n):
    xs = list(range(7))
    errs = 0
    s = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        k = -(i % 10)
        try:
            s += xs[k] * 3
        except IndexError as e:
            errs += 1
            last = (k, str(e))
    return s, errs, last


print("caught_negative", caught_negative(4000))


def negative_walk(n):
    xs = [k * k for k in range(40)]
    s = 0
    for i in range(n):
        s += xs[-1 - i % 40] - xs[i % 40]
        s += xs[-40] + xs[-1]
    return s


print("negative_walk", negative_walk(4000))


def index_turns_negative(n):
    xs = list(range(100, 200))
    out = []
    i = 50
    steps = 0
    while steps < n:
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (steps * 31 + 7) & 65535
        chk = (chk * 17 + 3) & 65535
        v = xs[i]
        if steps % 997 == 0:
            out.append((i, v))
        i -= 1
        if i < -100:
            i = 99
        steps += 1
    return out, i


print("index_turns_negative", index_turns_negative(5000))


def grows_while_indexed(n):
    xs = [1]
    i = 0
    s = 0
    while i < n:
        s += xs[i]
        xs.append(xs[i] + i % 3)
        i += 1
    return s, len(xs), xs[-1]


print("grows_while_indexed", grows_while_indexed(4000))


def shrinks_while_indexed(n):
    xs = list(range(n))
    s = 0
    i = 0
    misses = 0
    chk = 0
    while xs:
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        try:
            s += xs[i]
        except IndexError:
            misses += 1
            i = 0
            continue
        xs.pop()
        i += 1
    return s, misses, i


print("shrinks_while_indexed", shrinks_while_indexed(4000))


def cleared_midway(n):
    xs = list(range(n))
    s = 0
    first_err = None
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        if i == n // 2:
            xs.clear()
        try:
            s += xs[i]
        except IndexError as e:
            if first_err is None:
                first_err = (i, str(e))
    xs.extend([5, 6, 7])
    return s, first_err, xs[0], xs[-1], len(xs)


print("cleared_midway", cleared_midway(4000))


def refilled(n):
    xs = [1, 2, 3]
    s = 0
    errs = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        if i % 500 == 0:
            xs = [i] * (i % 7)
        try:
            s += xs[i % 5]
        except IndexError:
            errs += 1
    return s, errs


print("refilled", refilled(6000))


def pop_index(n):
    xs = list(range(n))
    s = 0
    for i in range(n // 2):
        s += xs[i] - xs[-1]
        xs.pop()
    return s, len(xs)


print("pop_index", pop_index(5000))


def bounds_edges(n):
    xs = list(range(16))
    hits = []
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        k = (i % 40) - 20
        try:
            v = xs[k]
        except IndexError:
            v = "E"
        if i < 40:
            hits.append(v)
    return hits


print("bounds_edges", bounds_edges(3000))


def nested_index_errors(n):
    grid = [[r * 10 + c for c in range(r + 1)] for r in range(10)]
    s = 0
    errs = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        r = i % 12
        c = (i // 12) % 12
        try:
            s += grid[r][c]
        except IndexError:
            errs += 1
    return s, errs


print("nested_index_errors", nested_index_errors(6000))


def big_and_bool_index(n):
    xs = [5, 6, 7]
    out = []
    for i in range(n):
        k = i % 3
        if i == n - 3:
            k = True
        elif i == n - 2:
            k = 2 ** 64
        elif i == n - 1:
            k = -2 ** 64
        try:
            v = xs[k]
        except IndexError as e:
            v = "IndexError: " + str(e)
        if i >= n - 4:
            out.append(v)
    return out


print("big_and_bool_index", big_and_bool_index(3000))


def error_in_helper(xs, i):
    return xs[i] * 2


def caught_from_callee(n):
    xs = list(range(20))
    s = 0
    errs = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        try:
            s += error_in_helper(xs, i % 25)
        except IndexError:
            errs += 1
    return s, errs


print("caught_from_callee", caught_from_callee(5000))


def finally_counts(n):
    xs = [3, 1, 4, 1, 5]
    fin = 0
    ok = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        try:
            try:
                ok += xs[i % 8]
            finally:
                fin += 1
        except IndexError:
            ok -= 1
    return ok, fin


print("finally_counts", finally_counts(4000))


def tuple_and_str_same_site(seqs, n):
    out = []
    for xs in seqs:
        s = 0
        errs = 0
        chk = 0
        for i in range(n):
            # padding: inline int work, so the loop is compiled at the default setting
            chk = (chk * 31 + 7) & 65535
            chk = (chk * 31 + 7) & 65535
            chk = (chk * 31 + 7) & 65535
            chk = (chk * 31 + 7) & 65535
            chk = (chk * 31 + 7) & 65535
            try:
                v = xs[i % (len(xs) + 2)]
                s += v if type(v) is int else ord(v)
            except IndexError:
                errs += 1
        out.append((s, errs))
    return out


print("tuple_and_str_same_site", tuple_and_str_same_site([list(range(30)), tuple(range(30)), "abcdefghij", [7] * 9], 3000))
