# assorted runtime error messages: recursion, StopIteration, assert, overflow
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
def rec(n):
    return rec(n + 1)
show(lambda: rec(0))
show(lambda: next(iter([])))
def a():
    assert 1 > 2
show(a)
def b():
    assert 1 > 2, "one is not greater"
show(b)
show(lambda: 2.0 ** 10000)
show(lambda: 10 ** 400 * 1.0)
show(lambda: float(2 ** 2000))
show(lambda: 1e308 * 10)
import math
show(lambda: math.exp(10000))
show(lambda: math.floor(float("inf")))
show(lambda: math.ceil(float("nan")))
show(lambda: [1, 2, 3].index(1, 5))
def raise_not_impl():
    raise NotImplementedError
show(raise_not_impl)
def raise_runtime():
    raise RuntimeError("custom runtime")
show(raise_runtime)
d = {1: 2}
def mutate_during_iter():
    for k in d:
        d[k + 1] = 0
show(mutate_during_iter)
s = {1, 2}
def mutate_set():
    for v in s:
        s.add(v + 10)
show(mutate_set)
