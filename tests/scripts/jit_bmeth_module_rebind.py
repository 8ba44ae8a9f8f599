# Module functions called directly from hot loops while the module's dict
# changes under them: heapq.heappush rebound to a Python function partway
# through and restored, an unrelated new global of the module set (and
# deleted) mid-loop, math.sqrt swapped for another built-in and for a bound
# method, random.randrange rebound, and the rebinding done by a callee.

import heapq
import math
import random

real_push = heapq.heappush
real_pop = heapq.heappop
pushed = []


def my_push(h, x):
    pushed.append(x)
    real_push(h, -x)


def push_rebind(n):
    h = []
    acc = 0
    for i in range(n):
        if i == 1400:
            heapq.heappush = my_push
        elif i == 1700:
            heapq.heappush = real_push
        v = (i * 7919) % 1009
        heapq.heappush(h, v)
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 3)) % 999983
        acc = (acc + len(h)) % 1000033
    out = []
    while h:
        out.append(heapq.heappop(h))
    return acc, len(out), out[:5], out[-3:], sum(out), len(pushed), pushed[:3]


print("push_rebind", push_rebind(2500))
print("restored", heapq.heappush is real_push)


def unrelated_global(n):
    h = []
    acc = 0
    for i in range(n):
        if i == 1300:
            heapq.some_new_name = 1
        elif 1500 <= i < 1600:
            heapq.some_new_name = i
        elif i == 1800:
            del heapq.some_new_name
        v = (i * 104729) % 2003
        heapq.heappush(h, v)
        if i % 3 == 2:
            acc = (acc + heapq.heappop(h)) % 1000003
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 5)) % 999983
    return acc, len(h), h[0], hasattr(heapq, "some_new_name")


print("unrelated_global", unrelated_global(2400))


def sqrt_mutate(i, seen):
    if i == 1200:
        math.sqrt = math.floor
    elif i == 1400:
        math.sqrt = seen.append
    elif i == 1450:
        math.sqrt = lambda x: -x
    elif i == 1500:
        del math.sqrt
        math.sqrt = math.fabs


def sqrt_swap(n):
    tot = 0.0
    acc = 0
    seen = []
    for i in range(n):
        if i >= 1200 and i % 50 == 0:
            sqrt_mutate(i, seen)
        r = math.sqrt(i + 0.5)
        if r is None:
            r = 0.0
        tot += r
        k = int(r)
        acc = (acc * 31 + k) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc + k * k) % 1000033
        acc = (acc * 3 + i) % 65521
        acc = (acc * 5 + k) % 65519
    return round(tot, 6), acc, len(seen), seen[:3]


real_sqrt = math.sqrt
print("sqrt_swap", sqrt_swap(2000))
math.sqrt = real_sqrt
print("sqrt back", math.sqrt(2.25))

real_randrange = random.randrange


def fixed_randrange(*args):
    return args[-1] - 1


def module_randrange(n):
    random.seed(77)
    acc = 0
    trace = []
    for i in range(n):
        if i == 1500:
            random.randrange = fixed_randrange
        elif i == 1600:
            random.randrange = real_randrange
        v = random.randrange(1000)
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 11)) % 999983
        acc = (acc + v) % 1000033
        if i % 300 == 0 or 1499 <= i <= 1501 or 1599 <= i <= 1601:
            trace.append(v)
    return acc, trace


print("module_randrange", module_randrange(2200))


def swapper(i):
    if i == 1250:
        heapq.heappop = lambda h: -1
    elif i == 1260:
        heapq.heappop = real_pop
    elif i == 1900:
        heapq.marker = i


def callee_rebinds(n):
    h = list(range(n, 0, -1))
    heapq.heapify(h)
    acc = 0
    got = []
    for i in range(n // 2):
        swapper(i)
        v = heapq.heappop(h)
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 13)) % 999983
        acc = (acc + v * 3) % 1000033
        acc = (acc * 7 + i) % 65521
        if 1248 <= i <= 1262:
            got.append(v)
    return acc, len(h), got


print("callee_rebinds", callee_rebinds(4000))
del heapq.marker


def alias_module(mod, n):
    h = []
    acc = 0
    for i in range(n):
        mod.heappush(h, (i * 37) % 101)
        if i == 1500:
            mod.heappush = my_push
        elif i == 1510:
            mod.heappush = real_push
        acc = (acc * 31 + h[0]) % 1000003
        acc = (acc ^ (i * 17)) % 999983
        acc = (acc + len(h)) % 1000033
    return acc, len(h), h[:4], len(pushed)


print("alias_module", alias_module(heapq, 2000))
