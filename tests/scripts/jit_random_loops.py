# random.Random(seed) used in hot loops: randrange (including big ranges and
# negative steps), randint, random(), choice, choices (with and without
# weights), shuffle, sample, uniform, getrandbits; module-level seed too.

import random


def rr_loop(seed, n):
    r = random.Random(seed)
    s = 0
    hist = [0] * 10
    for i in range(n):
        v = r.randrange(1000)
        s += v
        hist[v % 10] += 1
    return s, hist, r.randrange(10, 20), r.randrange(100, 0, -7), r.randrange(-50, 50, 3)


print("rr_loop", rr_loop(12345, 2500))


def big_ranges(seed, n):
    r = random.Random(seed)
    acc = 0
    for i in range(n):
        acc ^= r.randrange(2 ** 70)
        acc ^= r.randrange(2 ** 31, 2 ** 33)
    return acc, r.randint(-(2 ** 65), 2 ** 65), r.getrandbits(100), r.getrandbits(5)


print("big_ranges", big_ranges(7, 1500))


def floats(seed, n):
    r = random.Random(seed)
    tot = 0.0
    lo = 1.0
    for i in range(n):
        x = r.random()
        tot += x
        lo = min(lo, x)
    return round(tot, 9), lo, r.uniform(-5, 5), r.random()


print("floats", floats(99, 3000))


def choices_loop(seed, n):
    r = random.Random(seed)
    pop = ["a", "b", "c", "d", "e"]
    counts = {}
    for i in range(n):
        c = r.choice(pop)
        counts[c] = counts.get(c, 0) + 1
    picks = r.choices(pop, k=20)
    wpicks = r.choices(pop, weights=[5, 1, 1, 1, 10], k=20)
    cpicks = r.choices(range(100), cum_weights=list(range(1, 101)), k=8)
    return sorted(counts.items()), "".join(picks), "".join(wpicks), cpicks


print("choices_loop", choices_loop(2024, 2000))


def choices_many(seed, n):
    r = random.Random(seed)
    tot = 0
    for i in range(n):
        tot += sum(r.choices([1, 2, 3], k=3))
    return tot


print("choices_many", choices_many(5, 1500))


def shuffle_sample(seed):
    r = random.Random(seed)
    xs = list(range(2000))
    r.shuffle(xs)
    s = r.sample(range(10000), 10)
    t = r.sample(xs, 5)
    return xs[:10], xs[-3:], s, t


print("shuffle_sample", shuffle_sample(31337))


def randint_walk(seed, n):
    r = random.Random(seed)
    pos = 0
    maxpos = 0
    for i in range(n):
        pos += r.randint(-1, 1)
        if pos > maxpos:
            maxpos = pos
    return pos, maxpos


print("randint_walk", randint_walk(1, 3000))


def monte_carlo(seed, n):
    r = random.Random(seed)
    inside = 0
    for i in range(n):
        x = r.random()
        y = r.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside, 4 * inside / n


print("monte_carlo", monte_carlo(3, 3000))


def two_generators(n):
    a = random.Random(10)
    b = random.Random(10)
    same = 0
    for i in range(n):
        if a.randrange(6) == b.randrange(6):
            same += 1
        if i == 1500:
            b.random()
    return same


print("two_generators", two_generators(2500))

random.seed(42)
mod = [random.randrange(100) for _ in range(1500)]
print("module seed", sum(mod), mod[:8], random.randint(1, 6), random.choice("xyz"))
random.seed(42)
print("module reseed", random.randrange(100) == mod[0])


def seeds_vary(n):
    out = []
    for s in range(n):
        out.append(random.Random(s).randrange(1000))
    return sum(out), out[:5]


print("seeds_vary", seeds_vary(300))


def seed_types():
    return [random.Random(s).random() for s in (0, 1, -1, 2 ** 64, 123456789123456789)]


print("seed_types", seed_types())
