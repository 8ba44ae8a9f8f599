# decorators that are plain functions, with and without wrapper args
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name, greeting="hello"):
    return greeting + " " + name
print(greet("bob"), greet("amy", greeting="hi"))
calls = []
def logged(fn):
    def wrapper(*args):
        calls.append(fn.__name__ + str(args))
        return fn(*args)
    return wrapper
@logged
def add(a, b):
    return a + b
@logged
def neg(a):
    return -a
print(add(1, 2), neg(5), add(neg(1), 10))
print(calls)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
handlers = {}
@register(handlers)
def on_start():
    return "started"
@register(handlers)
def on_stop():
    return "stopped"
print(sorted(handlers), handlers["on_start"](), on_stop())
def twice(fn):
    def w(x):
        return fn(fn(x))
    return w
@twice
@twice
def plus3(x):
    return x + 3
print(plus3(0))
def count_calls(fn):
    def w(*a):
        w.count += 1
        return fn(*a)
    w.count = 0
    return w
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.count)
def identity(fn):
    return fn
@identity
def same():
    return "same"
print(same(), same.__name__)
def repeat(n):
    def deco(fn):
        def w(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(who="x"):
    return "hi " + who
print(hi(), hi(who="y"))
def no_sugar(x):
    return x * 10
wrapped = logged(no_sugar)
print(wrapped(4), calls[-1])
