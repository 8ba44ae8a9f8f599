# higher-order functions written by hand
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
nums = list(range(1, 11))
print(my_map(lambda x: x ** 2, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a + b, nums, 0), my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda a, b: a if a > b else b, [3, 9, 2], float("-inf")))
p = pipeline(lambda x: x + 1, lambda x: x * 10, str, lambda s: s + "!")
print(p(4), p(-1))
def partial(f, *pre, **kwpre):
    def g(*args, **kw):
        merged = dict(kwpre)
        merged.update(kw)
        return f(*pre, *args, **merged)
    return g
def volume(l, w, h=1):
    return l * w * h
v2 = partial(volume, 2)
print(v2(3), v2(3, h=4), partial(volume, h=10)(1, 2))
def memoize(f):
    cache = {}
    def g(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    return g
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), grid_paths(16, 16))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(lambda x: x * 2, 10)(1), apply_n(lambda s: s + "a", 3)(""))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.strip, [" a", "b "])))
