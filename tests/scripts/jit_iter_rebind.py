# Hot `for` loops whose names are rebound mid-loop: the iterable's variable
# (the loop keeps the original iterator), the loop target itself, a str grown
# with += while being iterated, a list replaced by a new one, and locals that
# change type inside the loop body, forcing exits from native code mid-loop.


def rebind_iterable_name(xs):
    n = 0
    for x in xs:
        n += 1
        if n == 1000:
            xs = [0] * 5
    return n, len(xs)


print("list", rebind_iterable_name(list(range(3000))))
print("range", rebind_iterable_name(range(3000)))
print("str", rebind_iterable_name("ab" * 1500))


def str_grow_while_iterating(s):
    n = 0
    for ch in s:
        n += 1
        if len(s) < 20000:
            s += ch
    return n, len(s), s[-4:]


print("str_grow", str_grow_while_iterating("abcé中" * 800))
print("str_grow ascii", str_grow_while_iterating("xyz" * 1000))


def list_concat_while_iterating(xs):
    n = 0
    for x in xs:
        n += 1
        if len(xs) < 9000:
            xs = xs + [x]
    return n, len(xs)


print("list_concat", list_concat_while_iterating(list(range(3000))))


def list_iadd_while_iterating(xs):
    # += on a list extends in place: the iterator sees the new items
    n = 0
    for x in xs:
        n += 1
        if len(xs) < 6000:
            xs += [x]
    return n, len(xs)


print("list_iadd", list_iadd_while_iterating(list(range(3000))))


def rebind_target(n):
    seen = []
    total = 0
    for i in range(n):
        total += i
        i = i * 1000
        if i % 997000 == 0:
            seen.append(i)
        i = "str now"
    return total, seen, i


print("target range", rebind_target(4000))


def rebind_target_str(s):
    out = 0
    for ch in s:
        ch = ord(ch)
        out = (out * 33 + ch) % 1000003
        ch = None
    return out, ch


print("target str", rebind_target_str("héllo wörld 中文 😀 " * 300))


def rebind_enumerate_targets(s):
    acc = 0
    for i, ch in enumerate(s):
        i = i * 2
        ch = ch + ch
        acc += i + len(ch)
    return acc, i, ch


print("target enum", rebind_enumerate_targets("aé中😀" * 1000))


def type_changes_mid_loop(xs):
    # an int accumulator becomes a float, then big int, then str, mid-loop
    acc = 0
    for x in xs:
        if type(acc) is str:
            acc = acc[-5:] + "."
        elif acc > 2 ** 70:
            acc = str(acc)[:6]
        elif x == 1500 or x == "m":
            acc = acc + 0.5
        elif x == 2500 or x == "q":
            acc = int(acc) * 2 ** 64
        else:
            acc = acc + 1
    return acc


print("types range", type_changes_mid_loop(range(5000)))
print("types list", type_changes_mid_loop(list(range(5000))))
print("types str", type_changes_mid_loop("abcdefghijklmnopqrstuvwxyz" * 150))


def shadow_range(n):
    range_ = range
    out = []
    for k in range_(n):
        if k == n - 1:
            out.append(k)
    for k in range_(n, 0, -1):
        if k == 1:
            out.append(k)
    return out


print("shadow", shadow_range(3000))


def enumerate_rebound_global(n):
    t = 0
    for i, x in enumerate(range(n)):
        t += i - x
    return t


print("enum global", enumerate_rebound_global(3000))
real_enumerate = enumerate


def fake_enumerate(xs, start=0):
    return [(start + 2 * k, x) for k, x in real_enumerate(xs)]


enumerate = fake_enumerate
print("enum fake", enumerate_rebound_global(3000))
del enumerate
print("enum restored", enumerate_rebound_global(3000))
real_range = range


def fake_range(*args):
    return [1, 2, 3]


range = fake_range
print("range fake", rebind_target(4000))
range = real_range
print("range restored", rebind_target(4000)[0])


def loop_over_loop_var(xs):
    # the inner loop iterates the outer loop's item
    total = 0
    for x in xs:
        for y in x:
            total += ord(y) if type(y) is str else y
    return total


print("loop_over_item", loop_over_loop_var(["ab", [1, 2], range(3), "é中", (4,)] * 700))
