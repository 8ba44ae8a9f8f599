# One iterator object shared by a hot `for` loop and next() calls in its
# body (and by helper functions and inner loops): the native loop must keep
# the iterator's position in the object itself, for str, list and range.


def skip_pairs(it):
    out = []
    n = 0
    for x in it:
        y = next(it, None)
        n += 1
        if n % 500 == 0:
            out.append((x, y))
    return n, out


print("str", skip_pairs(iter("abcdefghij" * 400)))
print("str odd", skip_pairs(iter("xyz" * 1001)))
print("list", skip_pairs(iter(list(range(5001)))))
print("range", skip_pairs(iter(range(6000))))
print("uni", skip_pairs(iter("aé中😀" * 1000)))


def take(it, k):
    got = []
    for _ in range(k):
        got.append(next(it))
    return got


def chunked(it):
    rows = 0
    sig = 0
    last = None
    for head in it:
        # consume two more inside a helper; the outer loop resumes after them
        try:
            rest = take(it, 2)
        except StopIteration:
            rest = ["<end>"]
        rows += 1
        sig = (sig * 131 + len(rest) + (head if type(head) is int else ord(head))) % 1000003
        last = (head, rest)
    return rows, sig, last


print("chunked str", chunked(iter("0123456789" * 400)))
print("chunked str short", chunked(iter("0123456789" * 400 + "ab")))
print("chunked list", chunked(iter(list(range(4000)))))
print("chunked range", chunked(iter(range(4001))))


def inner_same(it):
    # inner loop over the same iterator consumes up to a marker
    groups = []
    for x in it:
        size = 1
        for y in it:
            if y == x:
                break
            size += 1
        if len(groups) < 6:
            groups.append((x, size))
        else:
            groups[5] = (x, size)
    return len(groups), groups


print("inner str", inner_same(iter("abcda" * 1000 + "q")))
print("inner list", inner_same(iter([k % 7 for k in range(3000)] + [0])))


def after_break(it, stop):
    n = 0
    for x in it:
        n += 1
        if n == stop:
            break
    return n, next(it, "end"), next(it, "end")


print("after_break str", after_break(iter("pqrs" * 1000), 2500))
print("after_break list", after_break(iter(list(range(3000))), 2999))
print("after_break range", after_break(iter(range(3000)), 3000))
print("after_break uni", after_break(iter("é中😀" * 1000), 2001))


def resume_many(it):
    total = 0
    segments = []
    while True:
        n = 0
        for x in it:
            n += 1
            total += 1
            if n == 1234:
                break
        segments.append(n)
        if n < 1234:
            break
    return total, segments


print("resume str", resume_many(iter("ab" * 2500)))
print("resume list", resume_many(iter(list(range(6000)))))
print("resume range", resume_many(iter(range(0, 10000, 2))))


def enum_shared(s):
    e = enumerate(s, 10)
    seen = []
    for i, ch in e:
        if i % 1000 == 0:
            j, c2 = next(e)
            seen.append((i, ch, j, c2))
    return seen, next(e, "done")


print("enum_shared str", enum_shared("abc" * 1500))
print("enum_shared list", enum_shared(list(range(4000))))
print("enum_shared range", enum_shared(range(4000)))


def list_of_iter(it):
    # list() and sum() consuming a shared iterator mid-loop
    heads = []
    for x in it:
        if len(heads) == 2000:
            heads.append(len(list(it)))
        else:
            heads.append(x)
    return len(heads), heads[-3:]


print("list_of_iter", list_of_iter(iter(range(5000))), list_of_iter(iter("k" * 5000)))
