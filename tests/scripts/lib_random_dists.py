# The distributions of random.py, bit for bit with CPython for a seeded generator.
import random

random.seed(12345)
print([random.gauss(0, 1) for _ in range(5)])
print(random.gauss(), random.gauss(10, 2), random.gauss(mu=5, sigma=0.5))
random.seed(12345)
print(random.gauss())  # gauss_next is reset by seed()
print([random.normalvariate(0, 1) for _ in range(3)], random.normalvariate())
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)], random.expovariate(-2))
print([random.triangular() for _ in range(3)])
print([random.triangular(1, 5, 2) for _ in range(3)], random.triangular(3, 3, 3))
print(random.triangular(10, 0), random.triangular(low=2, high=4, mode=4))
print([random.vonmisesvariate(1.0, 4.0) for _ in range(3)], random.vonmisesvariate(0, 0))
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 2.5, 9.0)])
print([random.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 3), (1, 1), (5, 1))])
print([random.paretovariate(3) for _ in range(3)])
print([random.weibullvariate(1.5, 2) for _ in range(3)])

r = random.Random(99)
g = [r.gauss(100, 15) for _ in range(7)]
print(g, r.random())
r2 = random.Random(99)
print(r2.gauss(100, 15), r2.gauss(100, 15), r2.random() != r.random())
print(sum(random.gauss(0, 1) for _ in range(1000)))
print(sum(random.normalvariate(2, 3) for _ in range(1000)))
print(sum(random.gammavariate(0.3, 1) for _ in range(300)))

for f, args in ((random.expovariate, (0,)), (random.gammavariate, (0, 1)),
                (random.gammavariate, (1, -1)), (random.paretovariate, (0,))):
    try:
        print(f(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
