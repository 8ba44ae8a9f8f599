# Basic generator functions: next(), StopIteration, list(), names and types.
def count_up(n):
    print("start", n)
    i = 0
    while i < n:
        print("before yield", i)
        yield i
        print("after yield", i)
        i += 1
    print("done")

g = count_up(3)
print(type(g).__name__)
print(g.__name__)
print(count_up.__name__)
print("created, nothing run yet")
print("got", next(g))
print("got", next(g))
print("got", next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", type(e).__name__, e.value)
print(list(count_up(4)))
print(list(count_up(0)))
print(next(count_up(0), "default"))

def empty():
    return
    yield

print(list(empty()), type(empty()).__name__)

def single():
    yield "only"

s = single()
print(iter(s) is s)
for x in s:
    print("loop", x)
for x in s:
    print("never printed", x)
print("second loop over exhausted generator yielded nothing")
print(callable(count_up), callable(g))
print(isinstance(g, type(single())))
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
