# for loops over range, a list of mixed ints and floats, enumerate, a str,
# tuples, dict items and zip, long enough to be compiled mid-loop; the loop
# variable is reused after the loop with another type, and the iterable of
# the same loop changes kind between calls.


def show(label, *xs):
    print(label, [(type(x).__name__, x) for x in xs])


def over_range(n):
    s = 0
    for i in range(n):
        s += i
    last = i
    i = "after"
    i = i * 2
    return s, last, i


show("over_range", *over_range(2500))


def over_mixed(xs):
    s = 0
    kinds = {}
    chk = 0
    for x in xs:
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        s = s + x
        k = type(x).__name__
        kinds[k] = kinds.get(k, 0) + 1
    return s, sorted(kinds.items())


mixed = [i if i % 3 else i + 0.5 for i in range(2400)]
show("over_mixed", *over_mixed(mixed))
late = list(range(1500)) + [0.25, True, 2 ** 64, -1]
show("over_mixed late", *over_mixed(late))


def over_enumerate(xs):
    acc = 0
    for i, x in enumerate(xs):
        if i % 2:
            acc += x * i
        else:
            acc -= x
    j = i
    i = 1.5
    return acc, j, i


show("enumerate ints", *over_enumerate(list(range(2000))))
show("enumerate floats", *over_enumerate([k / 8 for k in range(2000)]))


def over_str(s):
    vowels = 0
    codes = 0
    for ch in s:
        if ch in "aeiou":
            vowels += 1
        codes += ord(ch)
    ch = ord(ch)
    return vowels, codes, ch


show("over_str", *over_str("the quick brown fox jumps " * 80))


def same_loop_many_iterables(it):
    n = 0
    total = None
    for v in it:
        n += 1
        total = v if total is None else total + v
    if type(total) is str:
        return n, len(total), total[-5:]
    return n, total


for label, it in [("range", range(1500)), ("list", list(range(1500))),
                  ("tuple", tuple(k * 0.5 for k in range(1500))),
                  ("str", "xy" * 750), ("dict", {k: 0 for k in range(1500)}),
                  ("set", set(range(0, 3000, 2))), ("enum", [(a, b) for a, b in enumerate("abc")]),
                  ("big", [2 ** 64] * 1500), ("range again", range(1500))]:
    show("iter " + label, *same_loop_many_iterables(it))


def zip_items(n):
    d = {}
    for k, v in zip(range(n), "abcdefghij" * (n // 10)):
        d[k % 7] = d.get(k % 7, "") + v
    tot = 0
    for k, v in d.items():
        tot += k * len(v)
    k = v
    return tot, len(k), k[:12]


show("zip_items", *zip_items(2000))


def loop_var_reuse(n):
    for x in range(n):
        pass
    first = x
    for x in [0.5] * n:
        pass
    second = x
    for x in "abc" * (n // 3):
        pass
    third = x
    for x in range(n):
        x = x * 2
    return first, second, third, x


show("loop_var_reuse", *loop_var_reuse(1800))


def reversed_and_step(n):
    s = 0
    for i in reversed(range(n)):
        s = s * 3 % 1000003 + i
    for i in range(n, 0, -7):
        s += i
    for i in range(-n, n, 997):
        s += i
    return s, i


show("reversed_and_step", *reversed_and_step(2500))


def for_else_types(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            r = (i, x)
            break
    else:
        r = None
    return r


data = list(range(2000)) + [2.5, 2 ** 70]
print("for_else", for_else_types(data, 1999), for_else_types(data, 2.5), for_else_types(data, 2 ** 70),
      for_else_types(data, 1999.0), for_else_types(data, True), for_else_types(data, -1))

# module-level loop variable reused
total = 0
for idx in range(2000):
    total += idx
print("module idx", type(idx).__name__, idx, total)
for idx in ["a", "b", 2.5]:
    total = total
print("module idx after", type(idx).__name__, idx)
