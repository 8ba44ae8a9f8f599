"""Closures, nonlocal state, and higher-order helpers."""


def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return increment, reset, peek


def make_accumulator():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total

    add.history = history
    return add


def memoize(fn):
    cache = {}
    calls = [0, 0]

    def wrapper(n):
        if n in cache:
            calls[0] += 1
            return cache[n]
        calls[1] += 1
        result = fn(n)
        cache[n] = result
        return result

    wrapper.stats = lambda: f"hits={calls[0]} misses={calls[1]} cached={len(cache)}"
    return wrapper


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = memoize(fib)


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(5)]


def late_binding():
    return [lambda x: x * i for i in range(5)]


def rate_limiter(limit):
    used = 0

    def allow(name):
        nonlocal used
        if used >= limit:
            return f"{name}: denied ({used}/{limit})"
        used += 1
        return f"{name}: ok ({used}/{limit})"
    return allow


inc, reset, peek = make_counter(10, 5)
print([inc() for _ in range(4)], peek())
reset()
print("after reset:", peek(), inc())
inc2, _, peek2 = make_counter()
inc2()
print("independent counters:", peek(), peek2())

acc = make_accumulator()
for v in [3, 4, -2, 10]:
    print(f"add({v}) -> {acc(v)}")
print("history:", acc.history)

print("fib(30) =", fib(30))
print("fib(50) =", fib(50))
print(fib.stats())

inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
shout = compose(str.upper, lambda s: s + "!", str.strip)
print(inc_then_double(5), shout("  hello  "))
print("default-bound:", [f(10) for f in make_multipliers()])
print("late-bound:", [f(10) for f in late_binding()])

allow = rate_limiter(3)
for who in ["ann", "ben", "cat", "dan", "eve"]:
    print(allow(who))

counter = 0


def bump():
    global counter
    counter += 1
    return counter


for _ in range(3):
    bump()
print("global counter:", counter)


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        inner()
        return x
    m = middle()
    return x, m


print(outer())

people = [("Ada", 36), ("Grace", 45), ("Linus", 28), ("Barbara", 45), ("Ken", 28)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].lower(), filter(lambda p: p[1] > 30, people))))
by_age = {}
for name, age in people:
    by_age.setdefault(age, []).append(name)
print({age: ",".join(names) for age, names in sorted(by_age.items())})
adders = {n: (lambda k: lambda x: x + k)(n) for n in (1, 10, 100)}
print({n: f(5) for n, f in adders.items()})
print(callable(acc), callable(42), callable(make_counter))
apply_n = lambda f, n, x: x if n == 0 else apply_n(f, n - 1, f(x))
print(apply_n(lambda v: v * 3, 4, 1), apply_n(lambda s: s + "ab", 3, ""))
