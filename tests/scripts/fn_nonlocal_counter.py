# nonlocal counters and state in closures
def counter(start=0, step=1):
    n = start
    def next_val():
        nonlocal n
        n += step
        return n
    def reset():
        nonlocal n
        n = start
    return next_val, reset
nxt, reset = counter()
print(nxt(), nxt(), nxt())
reset()
print(nxt())
nxt2, _ = counter(100, -10)
print(nxt2(), nxt2(), nxt())
def running_avg():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_avg()
print([avg(v) for v in [10, 20, 30, 40]])
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    before = x
    after = middle()
    return before, after, x
print(outer())
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = accumulate()
add("a"); add("b")
print(items)
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_gen()
print([s() for _ in range(12)])
def toggler():
    state = False
    def t():
        nonlocal state
        state = not state
        return state
    return t
t = toggler()
print(t(), t(), t())
