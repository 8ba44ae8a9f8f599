# xs.append(x) in hot loops: aliased lists see every append, a list being
# iterated grows, capacity left by pop/clear/del is reused, lists inside
# tuples/dicts, self-append, and `append` sites that later meet a user object
# with its own append method, a bound method stored elsewhere, or a non-list.


def aliased(n):
    xs = []
    ys = xs
    holder = (xs,)
    d = {"k": xs}
    for i in range(n):
        xs.append(i)
        if i % 1000 == 999:
            ys.append(-i)
            holder[0].append("t")
            d["k"].append(None)
    return len(xs), len(ys), xs is ys, xs[-5:], xs.count("t"), xs.count(None)


print("aliased", aliased(4000))


def snapshot_copies(n):
    xs = []
    snaps = []
    for i in range(n):
        xs.append(i * i % 17)
        if i % 800 == 0:
            snaps.append(xs[:])
            snaps.append(list(xs))
    return [len(s) for s in snaps], sum(xs), xs[-3:]


print("snapshots", snapshot_copies(4000))


def iterate_and_append(n):
    xs = [1]
    total = 0
    for x in xs:
        total += x
        if len(xs) < n:
            xs.append(x + 1)
            if len(xs) % 7 == 0:
                xs.append(0)
    return total, len(xs), xs[-4:]


print("iter_append", iterate_and_append(5000))


def reuse_capacity(n):
    xs = list(range(100))
    out = []
    for i in range(n):
        if i % 250 == 0:
            out.append((len(xs), xs[-1] if xs else None))
            if i % 500 == 0:
                xs.clear()
            else:
                del xs[10:]
        xs.append(i)
        if i % 3 == 0:
            xs.pop()
    return out, len(xs), xs[-2:]


r = reuse_capacity(3000)
print("capacity", r[1], r[2])
for row in r[0][:12]:
    print("  ", row)


def self_append(n):
    xs = []
    for i in range(n):
        if i % 1000 == 0:
            xs.append(xs)
        else:
            xs.append(i)
    return len(xs), xs[0] is xs, len(repr(xs)), repr(xs[1001:1003]), xs[1000] is xs, xs[0][0][1]


print("self", self_append(3000))


class Recorder:
    def __init__(self):
        self.items = []
        self.calls = 0

    def append(self, x):
        self.calls += 1
        self.items.append(x * 2)

    def __len__(self):
        return len(self.items)


class Holder:
    pass


def fill(target, n):
    c = 0
    for i in range(n):
        target.append(i)
        c += 1
    return c


xs = []
print("fill list", fill(xs, 3000), len(xs), xs[-2:])
rec = Recorder()
print("fill recorder", fill(rec, 3000), len(rec), rec.calls, rec.items[-2:])
print("fill list again", fill(xs, 3000), len(xs), xs[-2:])
h = Holder()
other = []
h.append = other.append
print("fill holder", fill(h, 3000), len(other), other[-2:])
h.append = rec.append
print("fill holder2", fill(h, 2000), rec.calls, len(rec.items))
h2 = Holder()
h2.append = lambda v: None
print("fill lambda", fill(h2, 2500))
h2.append = 5
try:
    fill(h2, 2500)
except TypeError as e:
    print("TypeError", e)
try:
    fill((1, 2), 10)
except AttributeError as e:
    print("AttributeError", e)
try:
    fill("abc", 10)
except AttributeError as e:
    print("AttributeError", e)


def bound_method(n):
    xs = []
    ap = xs.append
    ys = []
    for i in range(n):
        ap(i)
        if i == n // 2:
            ap = ys.append
    return len(xs), len(ys), xs[-1], ys[:2]


print("bound", bound_method(4000))


def append_mixed_types(n):
    xs = []
    for i in range(n):
        k = i % 6
        if k == 0:
            xs.append(i)
        elif k == 1:
            xs.append(str(i))
        elif k == 2:
            xs.append(i / 2)
        elif k == 3:
            xs.append(None)
        elif k == 4:
            xs.append((i,))
        else:
            xs.append(2 ** 70 + i)
    return len(xs), xs[-6:], sum(1 for x in xs if x is None)


print("mixed", append_mixed_types(3000))


def append_in_nested(rows, cols):
    grid = []
    for r in range(rows):
        row = []
        grid.append(row)
        for c in range(cols):
            row.append(r * c)
        if r % 2:
            grid[-1].append("odd")
    return len(grid), [len(g) for g in grid[:4]], grid[3][-2:], sum(sum(x for x in g if x != "odd") for g in grid)


print("nested", append_in_nested(60, 80))


def append_rebinding_list(n):
    xs = []
    kept = []
    for i in range(n):
        xs.append(i)
        if len(xs) == 500:
            kept.append(xs)
            xs = []
    return len(kept), [k[0] for k in kept], len(xs), sum(len(k) for k in kept)


print("rebinding", append_rebinding_list(4200))
