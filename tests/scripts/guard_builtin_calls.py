# Tier-1 guard failures on calls of builtins (len, min, max, isinstance,
# list.append, heapq.heappush/heappop): the argument types change mid-loop,
# user classes with __len__/__lt__ arrive, the builtin is shadowed, and errors
# raised by the builtin are caught inside the loop.
import heapq


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def lengths(items):
    t = 0
    for x in items:
        t += len(x)
    return t


base = ["ab", [1, 2, 3], (1,), {"k": 1}, {1, 2}, range(5), "", "é"]
print(lengths(base * 100))
print(lengths(base * 50 + [Sized(1000)] + base * 50))
print(lengths([Sized(i) for i in range(300)]))
try:
    lengths(base * 50 + [5])
except TypeError as e:
    print("TypeError:", e)
try:
    lengths([Sized(-1)])
except ValueError as e:
    print("ValueError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __gt__(self, other):
        return self.cents > other.cents

    def __repr__(self):
        return "$" + str(self.cents)


def extremes(pairs):
    lo = []
    hi = []
    for a, b in pairs:
        lo.append(min(a, b))
        hi.append(max(a, b))
    return lo[-3:], hi[-3:]


print(extremes([(i, 500 - i) for i in range(500)]))
print(extremes([(i, 500 - i) for i in range(300)] + [(1.5, 1), (True, 0), (2 ** 70, -1)]))
print(extremes([("b", "a")] * 200 + [(Money(5), Money(3)), (Money(1), Money(9)), (3, 2.5)]))
try:
    extremes([(1, 2)] * 200 + [(1, "a")])
except TypeError as e:
    print("TypeError:", e)


def extremes_iter(seqs):
    out = []
    for s in seqs:
        out.append((min(s), max(s)))
    return out[-4:]


print(extremes_iter([[i, i + 1, i - 1] for i in range(300)]))
print(extremes_iter([[3, 1]] * 200 + ["hello", (2.5, 1), range(3, 9), {4: 0, 2: 0}]))
print(min([3, 1, 2], key=lambda x: -x), max("abc", key=ord), min([], default="empty"))
try:
    extremes_iter([[1]] * 200 + [[]])
except ValueError as e:
    print("ValueError:", e)


# isinstance with classes, tuples of classes and bool-vs-int.
class Animal:
    pass


class Cat(Animal):
    pass


def classify(xs):
    counts = [0, 0, 0, 0, 0]
    for x in xs:
        if isinstance(x, bool):
            counts[0] += 1
        elif isinstance(x, int):
            counts[1] += 1
        elif isinstance(x, (float, str)):
            counts[2] += 1
        elif isinstance(x, Animal):
            counts[3] += 1
        else:
            counts[4] += 1
    return counts


print(classify(list(range(500))))
print(classify(list(range(200)) + [True, False, 2.5, "s", Cat(), Animal(), None, [], 2 ** 80]))


def is_cat(xs, cls):
    return [isinstance(x, cls) for x in xs]


pets = [Cat(), Animal(), 3] * 100
print(sum(is_cat(pets, Cat)), sum(is_cat(pets, Animal)), sum(is_cat(pets, (int, Cat))))
print(sum(is_cat(pets, object)))
try:
    is_cat(pets, 5)
except TypeError as e:
    print("TypeError:", e)


# list.append on lists, then the receiver becomes a user class, then a tuple.
def fill(target, n):
    for i in range(n):
        target.append(i * i)
    return target


class Log:
    def __init__(self):
        self.lines = []

    def append(self, x):
        self.lines.append(str(x))


print(fill([], 400)[-2:])
print(fill(Log(), 3).lines)
print(len(fill([], 400)))
try:
    fill((), 1)
except AttributeError as e:
    print("AttributeError:", e)


def grab_append(n):
    xs = []
    push = xs.append
    for i in range(n):
        push(i)
        if i == n // 2:
            push = [].append
    return len(xs)


print(grab_append(400))


# heapq with ints, then floats, then tuples, then user objects with __lt__.
def heap_run(values):
    h = []
    for v in values:
        heapq.heappush(h, v)
    out = []
    while h:
        out.append(heapq.heappop(h))
    return out


print(heap_run([(i * 7919) % 1000 for i in range(1000)])[:8])
print(heap_run([(i * 7919) % 100 / 4 for i in range(300)] + [1, True, -0.5])[:8])
print(heap_run([((i * 31) % 7, str(i)) for i in range(300)])[:5])
print(heap_run([Money((i * 13) % 50) for i in range(200)])[:5])
try:
    heap_run([1] * 300 + ["x"])
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)


def heap_mixed(n):
    h = []
    popped = []
    for i in range(n):
        heapq.heappush(h, (i * 37) % 101)
        if i % 3 == 2:
            popped.append(heapq.heappop(h))
        if i == n // 2:
            heapq.heappush(h, 2 ** 64)
            heapq.heappush(h, -2.5)
    return popped[-5:], len(h), h[0]


print(heap_mixed(900))


# A builtin shadowed in the enclosing scope of a hot loop (a local named len).
def local_shadow(xs):
    out = []
    for i in range(len(xs)):
        if i == 150:
            len = lambda x: 0
        else:
            len = None
        out.append(i)
    return sum(out)


try:
    local_shadow([1] * 300)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def sum_abs(xs):
    t = 0
    for x in xs:
        t = t + abs(x)
    return t


print(sum_abs(range(-300, 300)), sum_abs([-1.5, 2, True, -(2 ** 70)]))
