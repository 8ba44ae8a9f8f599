# Built-in methods raising inside hot compiled loops, caught by try/except
# (and try/finally) inside the loop: list.pop on an empty list, dict.pop of a
# missing key, Random.randrange(0), Random.choice([]), heapq.heappop([]),
# str.index / list.index / list.remove misses, str.split(''), str.join of
# non-strings, math.sqrt(-1). The message is printed for a few of each.

import heapq
import math
import random


def pops(n):
    xs = []
    errs = 0
    acc = 0
    msgs = []
    for i in range(n):
        if i % 3 == 0:
            xs.append(i)
        try:
            v = xs.pop()
        except IndexError as e:
            errs += 1
            v = -1
            if len(msgs) < 2:
                msgs.append(type(e).__name__ + " " + str(e))
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc + i) % 1000033
    return acc, errs, msgs


print("pops", pops(3000))


def dict_pops(n):
    d = {}
    errs = 0
    acc = 0
    last = ""
    for i in range(n):
        d[i % 17] = i
        k = (i * 7) % 23
        try:
            v = d.pop(k)
        except KeyError as e:
            errs += 1
            v = 0
            last = type(e).__name__ + " " + str(e)
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 3)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc + k) % 1000033
    return acc, errs, last, len(d)


print("dict_pops", dict_pops(2500))


def randrange_zero(n):
    r = random.Random(2024)
    errs = 0
    acc = 0
    first = None
    for i in range(n):
        lim = i % 9
        try:
            v = r.randrange(lim)
        except ValueError as e:
            errs += 1
            v = 100
            if first is None:
                first = (type(e).__name__, str(e))
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 11)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc + lim) % 1000033
    return acc, errs, first, r.randrange(10)


print("randrange_zero", randrange_zero(2700))


def choice_empty(n):
    r = random.Random(7)
    pools = [[1, 2, 3], [], ["x"], (4, 5), ""]
    errs = 0
    acc = 0
    msg = ""
    for i in range(n):
        p = pools[i % 5]
        try:
            v = r.choice(p)
            if type(v) is str:
                v = 50
        except IndexError as e:
            errs += 1
            v = -7
            msg = str(e)
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 13)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc + i) % 1000033
    return acc, errs, msg


print("choice_empty", choice_empty(2500))


def heap_drain(n):
    h = []
    errs = 0
    acc = 0
    msg = ""
    for i in range(n):
        if i % 4 == 0:
            heapq.heappush(h, (i * 31) % 97)
        try:
            v = heapq.heappop(h)
        except IndexError as e:
            errs += 1
            v = -3
            msg = type(e).__name__ + ": " + str(e)
        finally:
            acc = (acc + 1) % 1000003
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 17)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
    return acc, errs, msg, h


print("heap_drain", heap_drain(2800))


def index_misses(n):
    s = "abcdefghij"
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    acc = 0
    errs = [0, 0, 0]
    msgs = []
    for i in range(n):
        c = "abcdefghijklmnop"[i % 16]
        try:
            a = s.index(c)
        except ValueError as e:
            errs[0] += 1
            a = -1
            if len(msgs) < 1:
                msgs.append(str(e))
        try:
            b = xs.index(i % 11)
        except ValueError as e:
            errs[1] += 1
            b = -1
            if len(msgs) < 2:
                msgs.append(str(e))
        ys = [1, 2, 3]
        try:
            ys.remove(i % 5)
        except ValueError as e:
            errs[2] += 1
            if len(msgs) < 3:
                msgs.append(str(e))
        acc = (acc * 31 + a + b + len(ys)) % 1000003
        acc = (acc ^ (i * 19)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc + i) % 1000033
        acc = (acc * 3 + a) % 65521
        acc = (acc * 5 + b) % 65519
    return acc, errs, msgs


print("index_misses", index_misses(2500))


def split_join(n):
    seps = [",", " ", "", ";"]
    acc = 0
    errs = {}
    msgs = {}
    for i in range(n):
        sep = seps[i % 4]
        text = "a,b c;d,e"
        try:
            parts = text.split(sep)
            k = len(parts)
        except ValueError as e:
            k = -1
            errs["split"] = errs.get("split", 0) + 1
            msgs["split"] = str(e)
        items = ["x", "y", i] if i % 7 == 0 else ["x", "y", "z"]
        try:
            j = "-".join(items)
            k += len(j)
        except TypeError as e:
            k -= 10
            errs["join"] = errs.get("join", 0) + 1
            msgs["join"] = str(e)
        acc = (acc * 31 + k) % 1000003
        acc = (acc ^ (i * 23)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc + i) % 1000033
        acc = (acc * 3 + k) % 65521
    return acc, sorted(errs.items()), sorted(msgs.items())


print("split_join", split_join(2500))


def sqrt_domain(n):
    tot = 0.0
    errs = 0
    acc = 0
    msg = ""
    for i in range(n):
        x = (i % 13) - 4
        try:
            r = math.sqrt(x)
        except ValueError as e:
            errs += 1
            r = 0.5
            msg = type(e).__name__ + " " + str(e)
        tot += r
        acc = (acc * 31 + x) % 1000003
        acc = (acc ^ (i * 29)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc + errs) % 1000033
    return round(tot, 6), errs, acc, msg


print("sqrt_domain", sqrt_domain(2600))


def raise_then_continue(n):
    # an uncaught-in-loop error propagates out of the compiled loop to the caller
    r = random.Random(99)
    acc = 0
    for i in range(n):
        v = r.randrange(1000 - i)
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 3)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc + i) % 1000033
    return acc


for lim in (500, 1000, 1500):
    try:
        print("raise_then_continue", lim, raise_then_continue(lim))
    except ValueError as e:
        print("raise_then_continue", lim, type(e).__name__, e)
