"""Plain-function decorators, closures with nonlocal, and call-signature plumbing."""

call_log = []


def logged(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        call_log.append(f"{fn.__name__}({', '.join(parts)})")
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper


def repeat(times):
    def deco(fn):
        def inner(*args):
            return [fn(*args) for _ in range(times)]

        return inner

    return deco


def counted(fn):
    count = 0

    def wrapper(*a, **k):
        nonlocal count
        count += 1
        wrapper.calls = count
        return fn(*a, **k)

    wrapper.calls = 0
    return wrapper


@logged
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}\u00b2"


@repeat(3)
def shout(word):
    return word.upper() + "!"


@counted
@logged
def join_all(*parts, sep=" "):
    return sep.join(str(p) for p in parts)


print(area(3, 4), area(2), area(5, unit="cm"), area(w=2, h=2, unit="km"))
print(shout("hey"))
print(join_all(1, 2, 3), join_all("a", "b", sep="-"), join_all(), join_all.calls)
for line in call_log:
    print("  log:", line)


def make_accumulator(start=0):
    total = start
    history = []

    def add(amount):
        nonlocal total
        total += amount
        history.append(total)
        return total

    def undo():
        nonlocal total
        if history:
            history.pop()
            total = history[-1] if history else start
        return total

    return add, undo, lambda: list(history)


add, undo, hist = make_accumulator(100)
print(add(10), add(-30), add(5), undo(), undo(), hist())


def make_counters():
    counters = {}
    for name in ("a", "b", "c"):
        def bump(n=1, _name=name):
            counters[_name] = counters.get(_name, 0) + n
            return counters[_name]

        counters[name + "_fn"] = bump
    return counters


cs = make_counters()
cs["a_fn"](); cs["a_fn"](5); cs["c_fn"]()
print({k: v for k, v in cs.items() if not callable(v)})


def describe(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"


print(describe(1, c=3))
print(describe(1, 5, 6, 7, c=8, e=9, f=10))
print(describe(*[1, 2, 3], **{"c": 0, "z": "last"}))
for bad in [lambda: describe(1), lambda: describe(1, 2, 3, c=1, a=2), lambda: describe(c=1), lambda: area(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x

    return run


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, inc)(-10))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
print(compose(*reversed(pipeline))("  Hello World  "))


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memo
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), len(collatz_len.cache))
print(sorted(range(1, 20), key=collatz_len)[:8])
