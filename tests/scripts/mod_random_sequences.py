# random sequences: shuffle, sample, choices with different seeds
import random
for seed in [0, 1, 42, 2 ** 32, 10 ** 20]:
    r = random.Random(seed)
    lst = list(range(8))
    r.shuffle(lst)
    print(seed, lst, r.sample(range(50), 3), r.choices("xyz", k=4), r.randrange(7), r.getrandbits(12))
r = random.Random(5)
print([r.randint(0, 1) for _ in range(30)])
print([round(r.uniform(-1, 1), 6) for _ in range(5)])
print([r.randrange(10, 110, 10) for _ in range(8)])
print(r.randrange(2 ** 70), r.randrange(-10, 10), r.getrandbits(1))
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
r.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for h in hands:
    print(h)
print(len(deck), sorted(deck) == sorted(rank + suit for suit in "SHDC" for rank in "A23456789TJQK"))
a = random.Random(99)
b = random.Random(99)
print([a.random() for _ in range(4)] == [b.random() for _ in range(4)], a.random() == b.random())
