# Hot functions that read `xs[i]` and store `xs[i] = v` into a list while a
# built-in is working on that same list: a sort's key function (the list
# looks empty during the sort), __eq__ called by `in`/count/index, the
# function given to map/filter/min/max/sorted iterating the list, and a
# comprehension over the list that writes into it.


def key_reads(v):
    try:
        return (xs_sorted[v % 5], v)
    except IndexError:
        return (-1, -v)


xs_sorted = [(i * 7919) % 3000 for i in range(3000)]
xs_sorted.sort(key=key_reads)
print("sort_key_reads", xs_sorted[:4], xs_sorted[-2:], len(xs_sorted))


def key_writes(v):
    try:
        ys[v % 7] = v
        return v % 10
    except IndexError as e:
        return -(v % 10)


ys = [(i * 31) % 3000 for i in range(3000)]
ys.sort(key=key_writes)
print("sort_key_writes", ys[:4], ys[-4:])


def key_appends(v):
    if v == 1500:
        zs.append(-1)
    return -v


zs = list(range(3000))
try:
    zs.sort(key=key_appends)
except ValueError as e:
    print("sort_key_appends ValueError", e)
print("after", len(zs), zs[:3])


class Spy:
    def __init__(self, target):
        self.n = 0
        self.target = target

    def __eq__(self, other):
        self.n += 1
        t = self.target
        k = self.n % len(t)
        t[k] = t[k] + 1
        return t[(k + 3) % len(t)] == -1

    __hash__ = None


ws = list(range(40))
spy = Spy(ws)
found = 0
for r in range(150):
    if spy in ws:
        found += 1
print("contains_writes", found, spy.n, sum(ws))
ws[7] = -1
print("count_writes", ws.count(spy), spy.n, sum(ws))
try:
    print("index_writes", ws.index(spy), spy.n)
except ValueError:
    print("index_writes missing", spy.n)


def map_writer(src, n):
    def f(v):
        k = v % len(src)
        src[k] = src[k] + 1
        return src[(k + 1) % len(src)]

    total = 0
    for r in range(n):
        total += sum(map(f, src))
    return total, src[:5]


print("map_writer", map_writer(list(range(100)), 40))


def filter_reader(n):
    src = list(range(3000))

    def keep(v):
        src[v] = v * 2
        return src[(v + 1) % len(src)] % 3 == 0

    kept = list(filter(keep, src))
    return len(kept), kept[:5], src[:5], src[-2:]


print("filter_reader", filter_reader(3000))


def minmax_key(n):
    src = list(range(n))

    def key(v):
        src[v % 10] = -v
        return src[(v * 7) % len(src)]

    a = max(src, key=key)
    b = min(src, key=key)
    return a, b, src[:4]


print("minmax_key", minmax_key(3000))


def sorted_key_reads_original(n):
    src = [(i * 13) % n for i in range(n)]

    def key(v):
        src[v] = -src[v]
        return (src[v] > 0, v)

    out = sorted(src, key=key)
    return out[:4], out[-3:], src[:4]


print("sorted_key_reads_original", sorted_key_reads_original(3000))


def comprehension_writes(n):
    src = list(range(n))
    out = [src.__setitem__((v + 1) % n, v) or src[v] for v in src]
    return out[:5], out[-3:], src[:5]


print("comprehension_writes", comprehension_writes(3000))


def nested_sort_inside_loop(rounds):
    data = [(i * 37) % 101 for i in range(101)]
    res = []
    for r in range(rounds):
        data.sort(key=lambda v: (v * (r + 1)) % 101)
        data[r % 101] = data[(r + 50) % 101]
        res.append(data[0] + data[-1])
    return sum(res), data[:5]


print("nested_sort_inside_loop", nested_sort_inside_loop(60))
