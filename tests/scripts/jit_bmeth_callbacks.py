# Built-in methods called directly from hot loops that call back into Python:
# heapq.heappush/heappop on objects whose __lt__ is Python and itself calls
# built-in methods (and sometimes raises), on tuples holding such objects,
# sorted/list.sort with Python key functions, list.index/count/remove using
# a Python __eq__, and a __lt__ that re-enters the hot function's own sites.

import heapq
import random


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
        self.tags = {"len": len(name)}

    def __lt__(self, other):
        a = self.tags.get("len", 0) + self.prio
        b = other.tags.get("len", 0) + other.prio
        if a != b:
            return a < b
        return self.name.lower() < other.name.lower()

    def __repr__(self):
        return "Task(" + str(self.prio) + "," + self.name + ")"


def task_heap(n):
    r = random.Random(17)
    h = []
    acc = 0
    names = ["Alpha", "beta", "GAMMA", "delta", "Eps"]
    for i in range(n):
        t = Task(r.randrange(100), names[i % 5] + str(i % 7))
        heapq.heappush(h, t)
        if i % 3 == 2:
            top = heapq.heappop(h)
            acc = (acc * 31 + top.prio) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
    out = [heapq.heappop(h) for _ in range(5)]
    return acc, len(h), out


print("task_heap", task_heap(2400))


def tuple_heap(n):
    # equal first fields fall through to Task.__lt__
    r = random.Random(23)
    h = []
    acc = 0
    for i in range(n):
        heapq.heappush(h, (r.randrange(4), Task(i % 9, "t" + str(i % 13))))
        if i % 2 == 1:
            k, t = heapq.heappop(h)
            acc = (acc * 31 + k * 100 + t.prio) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
    return acc, len(h), h[0]


print("tuple_heap", tuple_heap(2400))


def by_len_lower(w):
    return (len(w), w.lower())


def by_mod(x):
    return (x % 5, -x)


def a_score(w):
    return w.count("a") * 10 + len(w)


pos_keys = [lambda w, k=k: w[k % len(w)] for k in range(7)]


def sort_keys(n):
    r = random.Random(3)
    words = ["pear", "Fig", "apple", "kiwi", "Banana", "date", "cherry"]
    acc = 0
    nums = [0, 0, 0, 0, 0]
    for i in range(n):
        k = i % 7
        ws = sorted(words, key=by_len_lower)
        words.sort(key=pos_keys[k])
        nums[i % 5] = r.randrange(50)
        ns = list(nums)
        ns.sort(key=by_mod, reverse=(k < 3))
        best = max(words, key=a_score)
        acc = (acc * 31 + k + ns[0]) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc * 3 + ns[1] - ns[2]) % 1000081
        acc = (acc + (i & 3) * ns[3] + ns[4]) % 1000099
        acc = (acc * 11 + k * k) % 1000117
        acc = (acc ^ (acc >> 3)) % 1000121
        acc = (acc * 13 + (i % 17)) % 1000133
        acc = (acc + (i % 19) * 7 - 3) % 1000151
        acc = (acc * 17 + (i % 23)) % 1000159
    return acc, ws, words, ns, best


print("sort_keys", sort_keys(1200))


class Key:
    eqs = 0

    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        Key.eqs += 1
        if isinstance(other, Key):
            return self.k % 10 == other.k % 10
        return self.k == other


def eq_methods(n):
    xs = [Key(i) for i in range(12)]
    acc = 0
    miss = 0
    for i in range(n):
        probe = Key(i)
        a = xs.index(probe)
        c = xs.count(probe)
        ys = list(xs)
        try:
            ys.remove(i % 15)
        except ValueError:
            miss += 1
        acc = (acc * 31 + a * 3 + c + len(ys)) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
    return acc, miss, Key.eqs


print("eq_methods", eq_methods(2000))


def score(x, depth):
    # its own hot loop with direct built-in calls, run again from inside
    # Node.__lt__ while the caller's heappush is in progress
    r = random.Random(x)
    acc = 0
    d = {}
    for i in range(depth):
        v = r.randrange(10)
        d[v] = d.get(v, 0) + 1
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
    return acc + len(d)


class Node:
    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        return score(self.x, 6) < score(other.x, 6)


def reentrant(n):
    h = []
    acc = 0
    for i in range(n):
        heapq.heappush(h, Node(i % 97))
        acc = (acc * 31 + score(i, 3)) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc * 3 + (i % 13)) % 1000081
        acc = (acc ^ (acc >> 3)) % 1000121
        acc = (acc * 13 + (i % 17)) % 1000133
    out = [heapq.heappop(h).x for _ in range(8)]
    return acc, len(h), out


print("reentrant", reentrant(1300))


# Last: a Python __lt__ that raises inside heappush/heappop. CPython's C heapq
# swaps items as it sifts, so the list stays a permutation of its items.
class Touchy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("unlucky " + str(self.v) + " vs " + str(other.v))
        return self.v < other.v


def raising_compare(n):
    h = []
    acc = 0
    errs = 0
    msg = ""
    for i in range(n):
        v = (i * 37) % 50
        try:
            heapq.heappush(h, Touchy(v))
        except ValueError as e:
            errs += 1
            msg = str(e)
        if len(h) > 20:
            try:
                acc = (acc + heapq.heappop(h).v) % 1000003
            except ValueError as e:
                errs += 1
                msg = str(e)
        acc = (acc * 31 + v) % 1000003
        acc = (acc ^ (i * 7)) % 999983
        acc = (acc * 5 + (i & 15)) % 65519
        acc = (acc + (i >> 2) * 3 - (i & 7)) % 1000037
        acc = (acc * 7 + (i ^ 5)) % 999979
        acc = (acc - (i % 11) * 13 + 17) % 1000039
        acc = (acc * 3 + (i % 13)) % 1000081
        acc = (acc ^ (acc >> 3)) % 1000121
        acc = (acc * 13 + (i % 17)) % 1000133
        acc = (acc + (i % 19) * 7 - 3) % 1000151
    return acc, errs, msg, len(h), sorted([t.v for t in h])[:6]


print("raising_compare", raising_compare(2200))
