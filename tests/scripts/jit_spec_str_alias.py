# str locals in compiled loops: s += t appends in place only when nothing
# else holds the string, so aliases kept in lists, dicts, other locals and
# tuples must never change; str locals that become ints, lists or None and
# back; str comparisons where equal strs are different objects.


def keep_prefixes(n):
    s = ""
    keep = []
    for i in range(n):
        s += "ab"[i % 2]
        if i % 300 == 0:
            keep.append(s)
    return len(s), [len(k) for k in keep], keep[1][-4:], keep[-1][:6]


print("keep_prefixes", keep_prefixes(2000))


def alias_local(n):
    s = "x"
    t = s
    snaps = []
    for i in range(n):
        s += "y"
        if i == 1500:
            t = s
        if i == 1600:
            snaps.append(t)
            snaps.append(len(t))
    return len(s), len(t), snaps[1], t == s, t[-3:]


print("alias_local", alias_local(2000))


def self_append(n):
    s = "a"
    out = []
    for i in range(n):
        if len(s) < 1000:
            s += s
        else:
            s = s[:3]
        if i % 400 == 0:
            out.append(len(s))
    return out, s[:5]


print("self_append", self_append(2000))


def dict_alias(n):
    d = {}
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 500 == 0:
            d[i] = s
    return sorted((k, len(v), v[-3:]) for k, v in d.items())


print("dict_alias", dict_alias(2000))


def str_to_others(n):
    s = "start"
    kinds = []
    for i in range(n):
        a = i * 2
        b = a - i
        if i < 1500:
            s = s + "."
        elif i == 1500:
            kinds.append(len(s))
            s = len(s)
        elif i == 1600:
            s = [s]
        elif i == 1700:
            s = None
        elif i == 1800:
            s = "again"
        elif i > 1800:
            s = s + "!"
        if i in (1500, 1600, 1700, 1800, 1801):
            kinds.append(type(s).__name__)
    return kinds, len(s), b


print("str_to_others", str_to_others(2000))


def equal_not_identical(n):
    base = "key"
    same = 0
    diff = 0
    for i in range(n):
        a = base + str(i % 3)
        b = "key" + str(i % 3)
        c = a
        if a == b:
            same += 1
        if a != b:
            diff += 1
        if a == c:
            same += 1
        if a < b or a > b:
            diff += 100
    return same, diff


print("equal_not_identical", equal_not_identical(2000))


def tuple_holds_str(n):
    s = "q"
    t = (s,)
    for i in range(n):
        s += "w"
        if i == 1200:
            t = (s, t[0])
    return len(s), len(t[0]), len(t[1])


print("tuple_holds_str", tuple_holds_str(2000))


def str_mul_add(n):
    s = ""
    total = 0
    for i in range(n):
        piece = "-" * (i % 4)
        s = s + piece
        total += len(piece)
        if len(s) > 50:
            s = s[25:]
    return len(s), total, s[:8]


print("str_mul_add", str_mul_add(2500))
