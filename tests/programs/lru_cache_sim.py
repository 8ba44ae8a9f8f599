"""LRU cache built on dict ordering, with statistics and eviction callbacks."""


class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0
        self.on_evict = on_evict

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            evicted = self.data.pop(oldest)
            if self.on_evict:
                self.on_evict(oldest, evicted)
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"

    @property
    def hit_rate(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


evicted_log = []
cache = LRUCache(3, on_evict=lambda k, v: evicted_log.append((k, v)))
for k in "abcabdeafa":
    if cache.get(k) is None:
        cache.put(k, ord(k))
print(cache)
print(evicted_log)
print(f"hits={cache.hits} misses={cache.misses} rate={cache.hit_rate:.1%} {cache.hit_rate:%}")
print("a" in cache, "b" in cache, len(cache))


def memoize(capacity):
    def decorator(fn):
        store = LRUCache(capacity)

        def wrapper(*args):
            hit = store.get(args)
            if hit is not None:
                return hit
            result = fn(*args)
            store.put(args, result)
            return result

        wrapper.cache = store
        wrapper.__name__ = fn.__name__
        return wrapper

    return decorator


@memoize(100)
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


@memoize(2)
def slow_square(x):
    return x * x


print(binom(30, 15), binom(60, 30), binom.__name__)
print(len(binom.cache), binom.cache.hits, binom.cache.misses)
print([slow_square(x) for x in [1, 2, 1, 3, 1, 2]], slow_square.cache.hits)

requests = [(i * 7919) % 23 for i in range(200)]
for cap in (1, 4, 8, 16, 23):
    c = LRUCache(cap)
    for r in requests:
        if c.get(r) is None:
            c.put(r, r * r)
    print(f"cap {cap:>2}: hit rate {c.hit_rate:6.2%}  keys {sorted(c.data)[:5]}")

try:
    LRUCache(0)
except ValueError as exc:
    print(type(exc).__name__, exc)
d = {1: "a", 2: "b", 3: "c"}
d[1] = d.pop(1)
print(d, list(d)[0], list(d.items())[-1])
d.update({2: "B"}, four=4) if False else d.update([(2, "B")])
print(d, d.popitem(), d)
