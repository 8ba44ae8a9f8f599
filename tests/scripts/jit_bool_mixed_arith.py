# Bool arithmetic at int-specialised sites (True + 1, comparisons added to
# ints), ints mixed with floats, and bools that reach the loop only late.


def count_diffs(a, b):
    n = 0
    for i in range(len(a)):
        ca = a[i]
        cb = b[i]
        n += ca != cb
    return n


s1 = "abcdefghij" * 250
s2 = ("abcdefghiX" * 200) + ("Xbcdefghij" * 50)
print("count_diffs", count_diffs(s1, s2), count_diffs(s1, s1))
print("count_diffs lists", count_diffs(list(range(2000)), [i if i % 3 else -1 for i in range(2000)]))


def bool_sum(n):
    t = 0
    for i in range(n):
        t = t + (i % 2 == 0) + True
        if i == 2000:
            print("  mid", t, type(t).__name__)
    return t


print("bool_sum", bool_sum(2500))


def bool_becomes_acc(n):
    acc = True
    for i in range(n):
        if i == 1500:
            acc = False
        acc = acc + 0 if i < 1500 else acc
    return acc, type(acc).__name__


print("bool_becomes_acc", bool_becomes_acc(2000))


def bool_ops(n):
    out = []
    for i in range(n):
        b = i % 3 == 1
        r = (b * 3, b - 1, b // True, b % 2, b << 2, -b, b + 0.5, b * 1.5)
        if i >= 2000 and i < 2004:
            out.append(r)
    return out


for r in bool_ops(2100):
    print("bool_ops", r)


def mixed_numbers(n):
    ints = 0
    floats = 0.0
    mixed = 0
    for i in range(n):
        ints += i
        floats += i * 0.1
        mixed += i if i % 2 else i * 0.5
    return ints, round(floats, 6), mixed


print("mixed_numbers", mixed_numbers(3000))


def late_bools(xs):
    t = 0
    for x in xs:
        t += x * 2
    return t


vals = list(range(2000)) + [True, False, True, 2.5, True]
print("late_bools", late_bools(vals))
print("late_bools only bools", late_bools([True] * 1500 + [False] * 100))


def bool_index(n):
    pair = ["no", "yes"]
    c = 0
    for i in range(n):
        if pair[i % 5 == 0] == "yes":
            c += 1
    return c, pair[True], pair[False]


print("bool_index", bool_index(2500))


def float_int_equal(n):
    eq = 0
    for i in range(n):
        f = i * 1.0
        if f == i:
            eq += 1
        if i / 2 == i // 2:
            eq += 1
    return eq


print("float_int_equal", float_int_equal(2500))


def int_true_div_exact(n):
    out = 0.0
    for i in range(n):
        out += (i * 3) / 3 - i
    return out


print("int_true_div_exact", int_true_div_exact(2200))
print(True + 1, True * 2.5, False - 1.0, True / 2, 3 + (2 > 1), (1 < 2) + (2 < 3) + (3 < 4))
