"""User-style programs mixing collections, itertools and functools."""
import collections
import itertools
import functools
import heapq
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
from itertools import groupby, chain, combinations, permutations, product, islice, accumulate
from functools import lru_cache, reduce, partial

# 1. word frequency report
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip('.,').lower() for w in TEXT.split()]
freq = Counter(words)
print("distinct:", len(freq), "total:", freq.total())
for word, n in freq.most_common(6):
    print("%10s %s" % (word, '*' * n))
by_len = defaultdict(list)
for w in sorted(freq):
    by_len[len(w)].append(w)
for length in sorted(by_len):
    print(length, by_len[length])

# 2. topological sort (Kahn) with deque + defaultdict
deps = {'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core'], 'core': [], 'tests': ['app']}
indeg = defaultdict(int)
children = defaultdict(list)
for node, reqs in deps.items():
    indeg[node] += 0
    for r in reqs:
        children[r].append(node)
        indeg[node] += 1
ready = deque(sorted(n for n in indeg if indeg[n] == 0))
order = []
while ready:
    n = ready.popleft()
    order.append(n)
    for ch in children[n]:
        indeg[ch] -= 1
        if indeg[ch] == 0:
            ready.append(ch)
print("topo:", order)

# 3. Dijkstra with heapq and defaultdict(dict)
graph = defaultdict(dict)
for a, b, w in [('A', 'B', 4), ('A', 'C', 2), ('C', 'B', 1), ('B', 'D', 5), ('C', 'D', 8), ('D', 'E', 3)]:
    graph[a][b] = w
    graph[b][a] = w
dist = defaultdict(lambda: float('inf'))
dist['A'] = 0
pq = [(0, 'A')]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist[u]:
        continue
    for v, w in graph[u].items():
        if d + w < dist[v]:
            dist[v] = d + w
            heapq.heappush(pq, (dist[v], v))
print("dijkstra:", sorted(dist.items()))

# 4. memoised recursion
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print("fib(100) =", fib(100), fib.cache_info())

@functools.cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print("p(60) =", partitions(60, 60))

@lru_cache(maxsize=128)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print("collatz:", best, collatz_len(best), collatz_len.cache_info().maxsize)

# 5. anagram groups
wl = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]
ana = defaultdict(list)
for w in wl:
    ana[''.join(sorted(w))].append(w)
print([g for g in ana.values() if len(g) > 1])

# 6. namedtuple records + groupby
Sale = namedtuple('Sale', 'region product amount')
sales = [Sale('north', 'apple', 10), Sale('south', 'pear', 7), Sale('north', 'pear', 3),
         Sale('east', 'apple', 8), Sale('south', 'apple', 1), Sale('north', 'apple', 2)]
sales.sort(key=lambda s: (s.region, s.product))
for region, grp in groupby(sales, key=lambda s: s.region):
    grp = list(grp)
    print(region, sum(s.amount for s in grp), [s.product for s in grp])
totals = Counter()
for s in sales:
    totals[s.product] += s.amount
print(totals, totals.most_common(1)[0])
print(max(sales, key=lambda s: s.amount), sales[0]._replace(amount=0))

# 7. combinatorics
coins = [1, 2, 5, 10, 20]
ways = [c for r in range(1, 4) for c in combinations(coins, r) if sum(c) == 22]
print("coin combos:", ways)
print("words:", [''.join(p) for p in permutations('abc')])
print("pins:", sum(1 for p in product('0123456789', repeat=3) if len(set(p)) == 3))
# Every 3x3 magic square has 5 in the centre: permute the other eight.
magic = [p for p in (q[:4] + (5,) + q[4:] for q in permutations([1, 2, 3, 4, 6, 7, 8, 9]))
         if p[0] + p[1] + p[2] == 15 and p[3] + p[4] + p[5] == 15
         and p[0] + p[3] + p[6] == 15 and p[1] + p[4] + p[7] == 15 and p[0] + p[4] + p[8] == 15
         and p[2] + p[4] + p[6] == 15]
print("magic squares:", len(magic), magic[0])

# 8. running statistics
readings = [3, 7, 1, 9, 4, 6, 8, 2]
print(list(accumulate(readings)), list(accumulate(readings, max)), reduce(lambda a, b: a * b, readings))
window = deque(maxlen=3)
avgs = []
for r in readings:
    window.append(r)
    avgs.append(round(sum(window) / len(window), 2))
print(avgs)
print(list(islice(itertools.cycle('RGB'), 7)), list(chain.from_iterable(zip('abc', 'xyz'))))

# 9. partial for configuration
def log(level, msg, *, prefix='>'):
    return '%s [%s] %s' % (prefix, level, msg)
warn = partial(log, 'WARN')
err = partial(log, 'ERR', prefix='!!')
print(warn('disk low'), err('crash'), err('x', prefix='#'))

# 10. OrderedDict as LRU + deque undo stack
history = deque(maxlen=5)
doc = []
for op in ['a', 'b', 'c', 'undo', 'd', 'e', 'undo', 'undo', 'f']:
    if op == 'undo':
        if history:
            doc = history.pop()
    else:
        history.append(list(doc))
        doc.append(op)
print(doc, list(history))
seen = OrderedDict()
for ch in "mississippi river":
    seen[ch] = seen.get(ch, 0) + 1
print(seen, list(seen)[:3])

# 11. a palindrome check via deque
def is_pal(s):
    dq = deque(c.lower() for c in s if c.isalpha())
    while len(dq) > 1:
        if dq.popleft() != dq.pop():
            return False
    return True
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))

# 12. character bigrams with pairwise + Counter
from itertools import pairwise
bigrams = Counter(a + b for a, b in pairwise("abracadabra"))
print(bigrams.most_common(3), sorted(bigrams.elements())[:5])
print(isinstance(freq, collections.Counter), type(window).__name__, type(by_len).__name__)
