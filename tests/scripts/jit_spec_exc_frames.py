# Exceptions raised in compiled callees and caught several compiled frames
# up, while the frames in between hold unboxed floats and speculated ints;
# finally blocks that change locals on the way out, a return inside finally
# that swallows the exception, and re-raising with another type.


def fmt(v):
    return type(v).__name__ + ":" + repr(v)


def inner(i, x):
    y = x * 2
    if i % 400 == 399:
        raise KeyError(i)
    if i % 700 == 699:
        return y / 0
    return y + 1


def middle(i, x):
    f = 0.5
    k = 0
    for j in range(3):
        f = f * 1.5
        k = k + j
    try:
        return inner(i, x) + k + f
    finally:
        k = -1
        f = -0.0


def outer(n):
    acc = 0.0
    cnt = 0
    events = []
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        w = i * 0.25
        try:
            acc = acc + middle(i, i if i < 1500 else w)
            cnt = cnt + 1
        except KeyError as e:
            events.append(("key", repr(e), fmt(acc), cnt))
        except ZeroDivisionError as e:
            events.append(("zero", str(e), fmt(acc), cnt))
    return fmt(acc), cnt, events


acc, cnt, events = outer(2200)
print("outer", acc, cnt)
for ev in events:
    print("  ", ev)


def swallow(i):
    t = i * 1.5
    try:
        if i % 3 == 0:
            raise ValueError("v%d" % i)
        t = t + 1
    finally:
        if i % 6 == 0:
            return -t
    return t


def calls_swallow(n):
    s = 0.0
    errs = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        try:
            s = s + swallow(i)
        except ValueError:
            errs += 1
    return fmt(s), errs


print("calls_swallow", calls_swallow(2000))


def convert(i):
    v = i
    try:
        if i % 250 == 0:
            v = v + 0.5
            raise IndexError("idx")
        return v
    except IndexError as e:
        v = v * 2
        raise TypeError("converted " + str(e) + " " + repr(v))


def calls_convert(n):
    s = 0
    msgs = []
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        try:
            s = s + convert(i)
        except TypeError as e:
            msgs.append(str(e))
    return s, msgs[:3], len(msgs)


print("calls_convert", calls_convert(2000))


def deep(k, x):
    if k == 0:
        if x > 1e6:
            raise OverflowError("deep %r" % (x,))
        return x
    return deep(k - 1, x * 2) + 1


def calls_deep(n):
    ok = 0
    bad = []
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        x = i if i % 2 else i * 1.0
        try:
            ok = ok + deep(10, x)
        except OverflowError as e:
            if len(bad) < 3:
                bad.append(str(e))
    return fmt(ok), bad


print("calls_deep", calls_deep(2000))


def loop_finally_break(n):
    trace = []
    t = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        try:
            t = t + i
            if i == n - 5:
                t = t * 0.5
                break
        finally:
            if i >= n - 6:
                trace.append(fmt(t))
    return fmt(t), trace


print("loop_finally_break", loop_finally_break(2000))
