# Built-in methods and module functions called from hot loops through their
# positional-only fast entries, with arguments that leave the fast cases.
import heapq
import random


def draws(rng, n):
    out = []
    for i in range(n):
        out.append(rng.randrange(10))
        out.append(rng.randrange(5, 9))
        out.append(rng.randrange(-3, 3))
    return out


rng = random.Random(11)
print(draws(rng, 200)[-12:])


def mixed_bounds(rng):
    out = []
    bounds = [7, 3, True, 10**20, 2**31, 2**40, 1]
    for i in range(300):
        b = bounds[i % len(bounds)]
        out.append(rng.randrange(b))
    return out[-10:]


print(mixed_bounds(random.Random(3)))


def with_errors(rng):
    msgs = []
    for i in range(200):
        arg = [5, 0, -2, 2.5, "x", None][i % 6]
        try:
            rng.randrange(arg)
        except (ValueError, TypeError) as e:
            if len(msgs) < 6:
                msgs.append(type(e).__name__ + ": " + str(e))
    for i in range(100):
        try:
            rng.randrange(4, 4 - (i % 2))
        except ValueError as e:
            if len(msgs) < 8:
                msgs.append(str(e))
    return msgs


for m in with_errors(random.Random(5)):
    print(m)


def module_level(n):
    random.seed(42)
    t = 0
    for i in range(n):
        t += random.randrange(100) + random.randrange(1, 7)
        t += int(random.random() * 10)
    return t


print(module_level(500))


class Loaded(random.Random):
    def randrange(self, *args):
        return 4


def sub_rng(rng, n):
    t = 0
    for i in range(n):
        t += rng.randrange(1000)
    return t


print(sub_rng(random.Random(9), 300))
print(sub_rng(Loaded(9), 300))


class Plain(random.Random):
    pass


print(sub_rng(Plain(9), 300))


def heap_work(n):
    h = []
    for i in range(n):
        heapq.heappush(h, ((i * 7919) % 101, i))
    out = []
    while h:
        out.append(heapq.heappop(h)[0])
    return out[:5], out[-5:], len(out)


print(heap_work(400))


def heap_errors():
    msgs = []
    for i in range(60):
        try:
            if i % 3 == 0:
                heapq.heappop([])
            elif i % 3 == 1:
                heapq.heappush((), 1)
            else:
                heapq.heappop("abc")
        except (IndexError, TypeError) as e:
            if len(msgs) < 3:
                msgs.append(type(e).__name__ + ": " + str(e))
    return msgs


for m in heap_errors():
    print(m)


def heap_mixed(n):
    h = []
    for i in range(n):
        item = (i % 5, i) if i % 50 else (i % 5, "s%d" % i)
        try:
            heapq.heappush(h, item)
        except TypeError as e:
            print("TypeError:", e)
            break
    return len(h)


print(heap_mixed(300))


def heap_bigints(n):
    h = []
    for i in range(n):
        heapq.heappush(h, (2**64 - i, i))
        heapq.heappush(h, (-(2**63) + i, -i))
    return [heapq.heappop(h) for _ in range(4)]


print(heap_bigints(200))


def tuple_order(n):
    h = []
    for i in range(n):
        heapq.heappush(h, (i % 3, i % 2, -i))
        heapq.heappush(h, (i % 3,))
        heapq.heappush(h, (i % 3, 1.5))
    return [heapq.heappop(h) for _ in range(8)]


print(tuple_order(100))
