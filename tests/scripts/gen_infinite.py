# Infinite generators stopped by break, zip, any, next
def naturals(start=0):
    n = start
    while True:
        print("  produce", n)
        yield n
        n += 1

for x in naturals():
    if x * x > 10:
        print("break at", x)
        break
    print("square", x * x)

print(list(zip("abc", naturals(10))))
print(list(zip(naturals(), "xy")))

print(any(v > 2 for v in naturals()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(next(f), next(f))
def take(n, gen):
    out = []
    for item in gen:
        if len(out) >= n:
            break
        out.append(item)
    return out
print(take(10, fib()))
def cycle(seq):
    while True:
        for s in seq:
            yield s
c = cycle("RGB")
print("".join(next(c) for _ in range(8)))
print(list(zip(range(5), cycle([True, False]))))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(12)])
for i, pr in enumerate(primes()):
    if pr > 50:
        print("first prime above 50:", pr, "index", i)
        break
big = fib()
for v in big:
    if v > 10 ** 20:
        print("first fib above 1e20:", v)
        break
