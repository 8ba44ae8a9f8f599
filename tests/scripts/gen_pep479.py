# PEP 479: StopIteration escaping a generator body becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("leaked")

l = leaky()
print(next(l))
try:
    next(l)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause type:", type(e.__cause__).__name__, e.__cause__)
print(next(l, "exhausted after RuntimeError"))

def uses_next_on_empty():
    it = iter([])
    yield "before"
    yield next(it)

try:
    print(list(uses_next_on_empty()))
except RuntimeError as e:
    print("list():", type(e).__name__, e)
try:
    for item in uses_next_on_empty():
        print("for got", item)
except StopIteration:
    print("never: StopIteration must be converted")
except RuntimeError as e:
    print("for loop:", type(e).__name__, e)

def guarded():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean"
        yield v
print(list(guarded()))

def throws_stop():
    try:
        yield 1
    except StopIteration:
        print("caught StopIteration inside")
        yield 2
t = throws_stop()
next(t)
print(t.throw(StopIteration()))

def not_caught():
    yield 1
n = not_caught()
next(n)
try:
    n.throw(StopIteration("thrown in"))
except RuntimeError as e:
    print("thrown StopIteration:", type(e).__name__, e)
