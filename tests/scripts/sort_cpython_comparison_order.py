import random
log = []
class K:
    __slots__ = ()
class G:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return "G(%r,%r)" % (self.v, self.tag)
rng = random.Random(12345)
total = 0
for trial in range(60):
    n = rng.choice([0, 1, 2, 3, 5, 8, 17, 33, 64, 65, 100, 130, 257, 600])
    spread = rng.choice([2, 5, 50, 1000])
    mode = rng.choice(["random", "sorted", "reversed", "runs", "sawtooth"])
    vals = [rng.randrange(spread) for _ in range(n)]
    if mode == "sorted":
        vals.sort()
    elif mode == "reversed":
        vals.sort(reverse=True)
    elif mode == "runs":
        vals = sorted(vals[: n // 2]) + sorted(vals[n // 2 :], reverse=True)
    elif mode == "sawtooth":
        vals = [i % 7 for i in range(n)]
    items = [G(v, i) for i, v in enumerate(vals)]
    log.clear()
    rev = rng.random() < 0.3
    out = sorted(items, reverse=rev)
    total += len(log)
    h = 0
    for a, b in log:
        h = (h * 1000003 + a * 1009 + b) % (2**61 - 1)
    print(trial, n, mode, rev, len(log), h, [g.tag for g in out][:12])
print("comparisons", total)
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
print(sorted([nan, 5, 1, nan, 3, 2, 8], reverse=True))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
lst = [G(3, "a"), G(1, "b"), G(2, "c")]
log.clear()
lst.sort()
print(lst, log)
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3:
            raise ValueError("no 3")
        return self.v < o.v
try:
    sorted([Bad(i) for i in [5, 1, 4, 3, 2]])
except ValueError as e:
    print("ValueError", e)
# Key functions run in the list's order, reverse or not.
print(sorted([1, 2, 3], key=lambda x: print("k", x) or -x, reverse=True))
order = [3, 1, 2]
order.sort(key=lambda x: print("k", x) or x, reverse=True)
print(order)
