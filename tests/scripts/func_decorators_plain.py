# decorators that are plain functions
log = []
def logged(fn):
    def wrapper(*args, **kwargs):
        log.append(("call", args, kwargs))
        result = fn(*args, **kwargs)
        log.append(("ret", result))
        return result
    return wrapper
@logged
def add(a, b):
    return a + b
print(add(1, 2), add(b=5, a=1))
print(log)
def twice(fn):
    def w(x):
        return fn(fn(x))
    return w
@twice
def inc(x):
    return x + 1
print(inc(5))
@twice
@twice
def dbl(x):
    return x * 2
print(dbl(1))
registry = {}
def register(fn):
    registry[len(registry)] = fn
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), [registry[k]() for k in sorted(registry)])
def counted(fn):
    calls = [0]
    def w(*a):
        calls[0] += 1
        return fn(*a), calls[0]
    return w
@counted
def sq(x):
    return x * x
print(sq(3), sq(4), sq(5))
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
