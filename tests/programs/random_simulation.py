"""Monte Carlo experiments with a seeded random number generator."""
import math
import random

random.seed(12345)


def roll(n_dice, sides=6):
    return [random.randint(1, sides) for _ in range(n_dice)]


def estimate_pi(samples, rng):
    inside = 0
    for _ in range(samples):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / samples


def random_walk(steps, rng):
    x = y = 0
    farthest = 0.0
    for _ in range(steps):
        dx, dy = rng.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x += dx
        y += dy
        farthest = max(farthest, math.hypot(x, y))
    return (x, y), farthest


def histogram(values, buckets, lo, hi):
    counts = [0] * buckets
    width = (hi - lo) / buckets
    for v in values:
        idx = min(int((v - lo) / width), buckets - 1)
        counts[idx] += 1
    return counts


class Deck:
    suits = "SHDC"
    ranks = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]

    def __init__(self, rng):
        self.cards = [r + s for s in self.suits for r in self.ranks]
        self.rng = rng

    def shuffle(self):
        self.rng.shuffle(self.cards)

    def deal(self, n):
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand

    def __len__(self):
        return len(self.cards)


print("five rolls of 3d6:")
for i in range(5):
    dice = roll(3)
    print(f"  roll {i + 1}: {dice} total={sum(dice):>2}")

totals = [sum(roll(2)) for _ in range(2000)]
freq = {t: totals.count(t) for t in range(2, 13)}
for t, c in freq.items():
    print(f"  {t:>2}: {c:>4} {'*' * (c // 20)}")
print("most common total:", max(freq, key=freq.get))

rng = random.Random(99)
for n in (100, 1000, 10000):
    est = estimate_pi(n, rng)
    print(f"pi ~ {est:.4f} with {n:>5} samples (error {abs(est - math.pi):.4f})")

end, far = random_walk(500, random.Random(7))
print(f"walk ended at {end}, farthest {far:.3f}")

gauss_like = [sum(random.random() for _ in range(12)) - 6 for _ in range(1000)]
mean = sum(gauss_like) / len(gauss_like)
var = sum((g - mean) ** 2 for g in gauss_like) / (len(gauss_like) - 1)
print(f"mean {mean:.4f} stdev {math.sqrt(var):.4f}")
print("histogram:", histogram(gauss_like, 8, -4, 4))

deck = Deck(random.Random(31337))
deck.shuffle()
hands = [deck.deal(5) for _ in range(4)]
for i, hand in enumerate(hands):
    print(f"  player {i}: {' '.join(hand)}")
print("left in deck:", len(deck))

print("uniform:", [round(random.uniform(-1, 1), 4) for _ in range(5)])
print("randrange:", [random.randrange(0, 100, 5) for _ in range(6)], random.randrange(10))
print("choices:", random.choices(["red", "green", "blue"], k=8))
print("weighted:", random.choices(["common", "rare"], weights=[9, 1], k=6))
print("sample:", random.sample(range(100), 7))
print("sample words:", random.sample(["ant", "bee", "cow", "dog", "eel", "fox"], 3))
print("getrandbits:", random.getrandbits(16), random.getrandbits(40))
items = list(range(10))
random.shuffle(items)
print("shuffled:", items)

r1, r2 = random.Random(42), random.Random(42)
print("same seed same stream:", [r1.randint(0, 9) for _ in range(8)] == [r2.randint(0, 9) for _ in range(8)])
random.seed(5)
a = random.random()
random.seed(5)
print("reseed repeatable:", a == random.random(), round(a, 12))

wins = 0
trials = 3000
sim = random.Random(1)
for _ in range(trials):
    doors = [0, 1, 2]
    prize = sim.choice(doors)
    pick = sim.choice(doors)
    opened = sim.choice([d for d in doors if d != pick and d != prize])
    switched = next(d for d in doors if d != pick and d != opened)
    wins += switched == prize
print(f"monty hall switching wins {wins}/{trials} = {wins / trials:.3f}")
