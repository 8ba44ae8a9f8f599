# Hot loops creating and consuming generators (enough iterations to JIT)
def squares(n):
    for i in range(n):
        yield i * i
def evens_from(g):
    for v in g:
        if v % 2 == 0:
            yield v
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def hot(rounds):
    grand = 0
    checksum = 0
    for r in range(rounds):
        s = sum(evens_from(squares(r % 17)))
        grand += s
        a = acc()
        next(a)
        for k in range(r % 5):
            a.send(k + r)
        try:
            a.send(None)
        except StopIteration as e:
            checksum = (checksum * 31 + e.value) % 1000003
        if r % 500 == 0:
            print("round", r, "grand", grand, "checksum", checksum)
    return grand, checksum
print(hot(3000))
def hot_yield_from(rounds):
    total = 0
    for r in range(rounds):
        def inner(n):
            yield from range(n)
            return n * 2
        def outer(n):
            got = yield from inner(n)
            yield got
        for v in outer(r % 7):
            total += v
    return total
print(hot_yield_from(2500))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def hot_fib(rounds):
    out = 0
    for r in range(rounds):
        for i, f in enumerate(fib_gen()):
            if i == r % 90:
                out ^= f
                break
    return out
print(hot_fib(2200))
