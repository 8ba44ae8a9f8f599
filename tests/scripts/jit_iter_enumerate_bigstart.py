# enumerate's count crossing 2**63 - 1 (and other large/negative starts) in
# hot loops over range, list and str: the count must become a big int
# exactly as CPython, the loop keeps going, and arithmetic on it is exact.


def track(xs, start):
    firsts = []
    near = []
    total = 0
    n = 0
    for i, x in enumerate(xs, start):
        total += i
        n += 1
        if n <= 2:
            firsts.append(i)
        if 9223372036854775800 <= i <= 9223372036854775812:
            near.append(i)
        if -9223372036854775812 <= i <= -9223372036854775800:
            near.append(i)
    return n, firsts, near, i, total, type(i).__name__


M = 2 ** 63 - 1
src_range = range(3000)
src_list = list(range(3000))
src_str = "ab" * 1500
for label, src in [("range", src_range), ("list", src_list), ("str", src_str)]:
    for start in (M - 5, M - 2999, M - 3000, M, M + 1, 2 ** 64, -2 ** 63 - 2, -2 ** 63, -3001, 0):
        print(label, start, track(src, start))


def short_calls(start):
    # the loop is short but the function is hot; enumerate starts near the edge
    acc = 0
    last = None
    for i, ch in enumerate("xyz", start):
        acc += i
        last = i
    return acc, last


res = None
for k in range(3000):
    res = short_calls(M - k % 5)
print("short", res, short_calls(M - 1), short_calls(M), short_calls(-M - 1))


def diffs(xs, start):
    prev = None
    bad = 0
    for i, x in enumerate(xs, start):
        if prev is not None and i - prev != 1:
            bad += 1
        prev = i
    return bad, prev - start, prev


print("diffs", diffs(range(4000), M - 2000), diffs("q" * 4000, M - 10), diffs([None] * 4000, -M - 2000))


def with_break(xs, start):
    for i, x in enumerate(xs, start):
        if i > M:
            return i, x
    return None


print("break", with_break(range(5000), M - 3000), with_break("abcdefghij" * 500, M - 4321),
      with_break(list(range(5000)), M - 5000), with_break([1, 2, 3], 0))


def index_math(start):
    s = 0
    for i, ch in enumerate("a" * 3000, start):
        s += (i * 3) % 7 + (i >> 60) + (i & 1)
    return s, i % 1000, i // 3, -i


print("index_math", index_math(M - 1500), index_math(M - 3000), index_math(0))


def over_ranges(r, st):
    # the same site sees small ranges, ranges of values beyond 64 bits and
    # other iterators, with starts on both sides of the edge
    t = 0
    for i, x in enumerate(r, st):
        t += (i ^ x) & 1023
    return t, i, x


for r, st in [(range(3000), 0), (range(M - 1500, M + 1500), 0), (range(M - 1500, M + 1500), M - 10),
              (range(3000), M - 5), (range(-M - 1500, -M + 1500), -M - 2000), (reversed(range(3000)), 0),
              (reversed(list(range(3000))), M), ({k: 0 for k in range(3000)}.keys(), 0), (range(3000), 0)]:
    print("over_ranges", over_ranges(r, st))


def start_kinds(s, st):
    t = 0
    for i, ch in enumerate(s, st):
        t += i
    return t, i


for st in [0, 5, True, False, M, -M - 1, 0]:
    print("start", st, start_kinds("ab" * 1500, st), start_kinds(range(3000), st), start_kinds([0] * 3000, st))
for st in [1.5, "3", None, 2.0]:
    try:
        start_kinds("abc" * 1000, st)
    except TypeError as e:
        print("TypeError", e)
