# call-site * and ** unpacking
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(*(4, 5, 6)), f(*[7, 8, 9]))
print(f(1, *[2, 3]), f(*[1], *[2], 3), f(*range(3)))
kwargs = {"a": 1, "b": 2, "c": 3}
print(f(**kwargs), f(1, **{"c": 3, "b": 2}), f(*[1], **{"b": 0, "c": 0}))
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], 3, *(4,), x=1, **{"y": 2}, z=3))
print(g(**{}), g(*[]))
def h(x, y=0, *, z=0):
    return x + y + z
opts = {"z": 100}
print(h(1, **opts), h(*[1, 2], **opts))
pts = [(1, 2), (3, 4)]
def add(x, y):
    return x + y
print([add(*p) for p in pts])
print(max(*[3, 7, 2]), min(*"hello"), list(zip(*[[1, 2], [3, 4]])))
print(*[1, 2, 3], sep="-")
merged = {**kwargs, "d": 4}
print(merged, [*args, *"ab"], (*args,), {*args})
