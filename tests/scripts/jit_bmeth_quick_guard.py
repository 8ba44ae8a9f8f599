# Direct built-in method calls check their receiver quickly against the one
# admitted last; every way that receiver's method can change must be noticed.
import heapq
import random


def alternate(n):
    a = random.Random(1)
    b = random.Random(2)
    t = 0
    for i in range(n):
        r = a if i % 3 else b
        t = t * 7 + r.randrange(100)
        t %= 1000003
    return t


print("alternate", alternate(3000))


def shadow_on_instance(n):
    rng = random.Random(5)
    out = []
    for i in range(n):
        if i == n // 2:
            rng.randrange = lambda k: -k
        if i == 3 * n // 4:
            del rng.randrange
        out.append(rng.randrange(10))
    return out[n // 2 - 2 : n // 2 + 2], out[3 * n // 4 - 2 : 3 * n // 4 + 2], sum(out)


print("shadow", shadow_on_instance(2400))


def other_attr_on_instance(n):
    rng = random.Random(6)
    t = 0
    for i in range(n):
        if i == 100:
            rng.note = "x"
        t += rng.randrange(1000)
    return t


print("other attr", other_attr_on_instance(2000))


class Mine(random.Random):
    pass


def class_patch(n):
    rng = Mine(7)
    out = []
    for i in range(n):
        if i == n // 2:
            Mine.randrange = lambda self, k: 1000 + k
        out.append(rng.randrange(10))
    return out[n // 2 - 2 : n // 2 + 2], sum(out)


print("class patch", class_patch(2400))
del Mine.randrange


def module_rebind(n):
    h = []
    calls = []
    orig = heapq.heappush
    for i in range(n):
        if i == n // 2:
            heapq.heappush = lambda heap, item: calls.append(item)
        heapq.heappush(h, (i * 37) % 101)
    heapq.heappush = orig
    return len(h), len(calls), h[:3]


print("module rebind", module_rebind(3000))


def fresh_receivers(n):
    t = 0
    for i in range(n):
        rng = random.Random(i % 4)
        t += rng.randrange(50) + rng.randrange(5, 10)
    return t


print("fresh", fresh_receivers(2000))


def hooks_appear(n):
    rng = random.Random(8)
    t = 0
    for i in range(n):
        if i == n // 2:

            class Hooked:
                def __getattr__(self, name):
                    return 1

            t += Hooked().anything
        t += rng.randrange(100)
    return t


print("hooks", hooks_appear(3000))


def wrong_receiver_type(n):
    items = [random.Random(1)] * (n - 1) + [None]
    t = 0
    try:
        for r in items:
            t += r.randrange(10)
    except AttributeError as e:
        print("AttributeError:", e)
    return t


print("wrong type", wrong_receiver_type(2000))
