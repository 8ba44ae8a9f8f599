# A function compiled while its first loop runs (on-stack replacement) reaches
# later loops whose method calls never ran: native code guesses a built-in there
# and must fall back to the ordinary lookup whenever the guess is wrong.
import heapq
import math
import random


class Box:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return len(self.items)


class Fake:
    """Looks like a module to the call site: attributes holding functions."""

    def __init__(self):
        self.heappush = lambda h, x: h.append(("fake", x))


def two_loops(n, holder):
    acc = 0
    for i in range(n):  # hot first: compiled here, before the loops below ran
        acc += i % 7
    pq = []
    for i in range(n):
        heapq.heappush(pq, (i * 7919 % 101, i))
    popped = [heapq.heappop(pq) for _ in range(5)]
    b = Box()
    sizes = 0
    for i in range(200):
        sizes += b.push(i)  # a Python method: the guess fails, lookup works
    rng = random.Random(5)
    draws = []
    for i in range(50):
        draws.append(rng.randrange(1000))  # an instance's built-in method
    roots = 0.0
    for i in range(100):
        roots += math.sqrt(i)  # a module's built-in, called with a float result
    fake = []
    for i in range(3):
        holder.heappush(fake, i)  # a global-like receiver that is no module
    return acc, popped, sizes, sum(draws), round(roots, 6), fake


class Holder:
    pass


h = Holder()
h.heappush = heapq.heappush
print(two_loops(3000, h))
print(two_loops(3000, Fake()))


def rebinding(n):
    global heapq
    total = 0
    for i in range(n):
        total += i
    out = []
    for i in range(6):
        if i == 3:
            saved = heapq
            heapq = Fake()  # the module global changes under the site
        heapq.heappush(out, i)
    heapq = saved
    return total, out


print(rebinding(3000))


def raising(n):
    s = 0
    for i in range(n):
        s += i
    errors = []
    for bad in ([3, 1], None, "x"):
        try:
            heapq.heappush(bad, 0)
            errors.append(("ok", bad))
        except TypeError as e:
            errors.append(("TypeError", str(e)))
    try:
        heapq.nosuch(1)
    except AttributeError as e:
        errors.append(("AttributeError", str(e)))
    return s, errors


print(raising(3000))


def method_kinds(n):
    t = 0
    for i in range(n):
        t += 1
    words = []
    for w in ["a", "bb", "ccc"] * 3:
        words.append(w.upper())
    d = {}
    for i in range(5):
        d.setdefault(i % 2, []).append(i)
    return t, words, d


print(method_kinds(3000))

for f in (heapq.heappush, heapq.heappushpop, heapq.heapreplace):
    try:
        f(None, 1)
    except TypeError as e:
        print(e)
for f in (heapq.heappop, heapq.heapify):
    try:
        f(None)
    except TypeError as e:
        print(e)
try:
    format(1, None)
except TypeError as e:
    print(e)
