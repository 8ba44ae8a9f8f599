# min/max over ints, mixed int/float, and strings in hot loops; comparisons
# of one-char strings and longer strings; bools from comparisons added to
# ints; chained comparisons whose operand types change late.


def running_min_max(vals):
    lo = vals[0]
    hi = vals[0]
    for v in vals:
        lo = min(lo, v)
        hi = max(hi, v)
    return lo, hi


ints = [(i * 7919) % 3001 - 1500 for i in range(2500)]
print("ints", running_min_max(ints))
mixed = ints[:2000] + [-1500.5, 1500.25, 3, -2.0]
print("mixed", running_min_max(mixed))
print("ties", min(1, 1.0), max(1.0, 1), min(0, False), max(True, 1), min(-0.0, 0.0), max(0, -0.0))


def min_max_key(n):
    words = ["w" + str(i % 97) * (i % 4 + 1) for i in range(n)]
    return min(words), max(words), min(words, key=len), max(words, key=len), max([], default="none")


print("min_max_key", min_max_key(2000))


def str_compare_one_char(s, t):
    lt = 0
    eq = 0
    diff = 0
    for i in range(len(s)):
        ca = s[i]
        cb = t[i]
        if ca < cb:
            lt += 1
        if ca == cb:
            eq += 1
        diff += ca != cb
    return lt, eq, diff


a = "".join(chr(97 + (i * 7) % 26) for i in range(2500))
b = "".join(chr(97 + (i * 11) % 26) for i in range(2500))
print("one_char", str_compare_one_char(a, b), str_compare_one_char(a, a))
print("one_char unicode", str_compare_one_char("aé€😀" * 400, "aè€😁" * 400))


def str_compare_long(words):
    ordered = 0
    for i in range(len(words) - 1):
        if words[i] <= words[i + 1]:
            ordered += 1
    return ordered


ws = sorted("k" + str(i * 37 % 2000) for i in range(2000))
print("long_sorted", str_compare_long(ws), str_compare_long(ws[::-1]))
print("prefix", "abc" < "abcd", "abd" > "abcd", "" < "a", "B" < "a", "ab" == "ab", "Ab" >= "ab")


def chained(n):
    c = 0
    lo = 100
    for i in range(n):
        if i == 1800:
            lo = 100.5
        if lo < i % 500 < 400:
            c += 1
        if 0 <= i - 2000 <= 10:
            c += 100
    return c


print("chained", chained(2500))


def compare_types_switch(n):
    out = []
    pairs = [(1, 2), (2.5, 2), ("a", "b"), ((1, 2), (1, 3)), ([1], [0, 5]), (True, 1)]
    for i in range(n):
        p = pairs[0] if i < 1600 else pairs[i % len(pairs)]
        x, y = p
        r = (x < y, x <= y, x == y, x != y, x > y, x >= y)
        if i >= 1600 and i < 1606:
            out.append(r)
    return out


for r in compare_types_switch(1700):
    print("compare_types_switch", r)


def int_float_eq(n):
    c = 0
    for i in range(n):
        f = i / 2
        if f == i // 2:
            c += 1
        if i * 1.0 == i:
            c += 1
        if 2 ** 53 + 1 == float(2 ** 53 + 1):
            c += 1000
    return c


print("int_float_eq", int_float_eq(2000))


def big_compare(n):
    big = 2 ** 64
    c = 0
    for i in range(n):
        v = big - 1000 + i
        if v > big:
            c += 1
        if v < -big:
            c -= 1
        if v == big:
            c += 10000
    return c


print("big_compare", big_compare(2000))


def nan_compare(n):
    nan = float("nan")
    c = 0
    for i in range(n):
        x = nan if i >= 1900 else i * 1.0
        if x < 5000:
            c += 1
        if x != x:
            c += 1000
        if x == x:
            c += 1
    return c, min(nan, 1.0), max(1.0, nan)


print("nan_compare", nan_compare(2000))


def sum_of_bools(n):
    s = 0
    for i in range(n):
        s += (i % 3 == 0) + (i % 5 == 0) * 2 - (i > 1500)
    return s


print("sum_of_bools", sum_of_bools(2500))


def in_operators(n):
    s = "hello world"
    xs = [1, 2, 3]
    d = {"a": 1}
    t = 0
    for i in range(n):
        t += ("o w" in s) + (i % 4 in xs) + ("a" in d) + (i not in xs)
    return t


print("in_operators", in_operators(2500))
