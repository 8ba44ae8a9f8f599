# A local that holds an int while the loop gets hot (OSR after 1000
# back-edges, or compiled at once) and then is rebound to a float, a str,
# None, a list, a big int, a tuple and a dict, and finally back to an int.
# Every change is a store of a differently-typed value into a speculated
# local: the compiled code must exit and recompile without losing state.


def show(label, x):
    print(label, type(x).__name__, repr(x))


def retype_sequence(n):
    x = 0
    seen = []
    for i in range(n):
        if i < 2000:
            x = x + i
        elif i == 2000:
            x = x + 0.5
        elif i == 2001:
            seen.append(x)
            x = str(x)
        elif i == 2002:
            seen.append(x)
            x = None
        elif i == 2003:
            seen.append(x)
            x = [i, i + 1]
        elif i == 2004:
            seen.append(x)
            x = 2 ** 70 + i
        elif i == 2005:
            seen.append(x)
            x = (i, "t")
        elif i == 2006:
            seen.append(x)
            x = {"k": i}
        elif i == 2007:
            seen.append(x)
            x = 7
        else:
            x = x * 3 + 1
            if x > 10 ** 6:
                x = x % 1000
    return x, seen


r, seen = retype_sequence(2100)
show("final", r)
for v in seen:
    show("  seen", v)


def retype_each_kind(n, other):
    # int accumulator for most of the run; one late store of `other` (the
    # loop is all inline work, so it is compiled by OSR on the first call;
    # later calls enter with another type for `other`)
    x = 1
    total = 0
    k = 0
    last = None
    for i in range(n):
        if i == n - 3:
            x = other
            k = 1
        elif i == n - 1:
            x = i
            k = 0
        if k == 0:
            total += x
            x = x + 1
        else:
            last = x
    return total, type(x).__name__, x, last


for other in [1.25, "str", None, [1, 2], 2 ** 80, (3,), {1: 2}, True, -(2 ** 63), 0.0]:
    print("each", repr(other), retype_each_kind(2500, other))


def str_then_int(n):
    s = ""
    for i in range(n):
        if i < 1500:
            s = s + "ab"[i % 2]
        elif i == 1500:
            s = len(s)
        else:
            s = s + 1
    return s


show("str_then_int", str_then_int(2000))


def none_sentinel(xs):
    best = None
    for v in xs:
        if best is None or v > best:
            best = v
    return best


data = list(range(1800)) + [0.5, 2 ** 64, 17]
show("none_sentinel", none_sentinel(data))
show("none_sentinel floats", none_sentinel([i * 0.25 for i in range(1500)]))
show("none_sentinel empty", none_sentinel([]))


def list_to_int(n):
    acc = [0]
    for i in range(n):
        if i == 1200:
            acc = acc[0]
        if i < 1200:
            acc = [acc[0] + i]
        else:
            acc += i
    return acc


show("list_to_int", list_to_int(2500))

# the same at module level (module code runs in tiers 0 and 1 only: the JIT
# compiles function bodies)
y = 0
log = []
for i in range(3000):
    if i == 1500:
        y = y / 4
    elif i == 1600:
        y = "s%d" % int(y)
        log.append(y)
        y = 3
    elif i == 2500:
        y = 2 ** 66
    y = y + 1
    if i in (1499, 1500, 1599, 1600, 2499, 2500, 2999):
        log.append((i, type(y).__name__, y))
for item in log:
    print("module", item)
