# random-driven simulations with fixed seeds
import random
rng = random.Random(2024)
walk = 0
path = []
for _ in range(20):
    walk += 1 if rng.random() < 0.5 else -1
    path.append(walk)
print(path)
inside = 0
n = 2000
for _ in range(n):
    x = rng.random()
    y = rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / n)
buckets = [0] * 10
for _ in range(1000):
    buckets[rng.randrange(10)] += 1
print(buckets, sum(buckets))
hist = {}
for _ in range(300):
    k = rng.choice("ABC")
    hist[k] = hist.get(k, 0) + 1
print(sorted(hist.items()))
pool = list(range(30))
rng.shuffle(pool)
print(pool[:10], sorted(pool) == list(range(30)))
print(rng.sample(pool, 4))
total = 0.0
for _ in range(50):
    total += rng.uniform(-1.0, 1.0)
print(round(total, 9))
bits = [rng.getrandbits(3) for _ in range(15)]
print(bits)
print(rng.choices(["win", "lose"], weights=[1, 3], k=10))
