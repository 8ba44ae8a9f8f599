# *args / **kwargs collection and call-site * / ** unpacking
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2))
print(collect(a=1, b=2))
print(collect(1, *[2, 3], *(4,), x=5, **{"y": 6}, **dict(z=7)))
def add3(a, b, c):
    return a + b + c
nums = [1, 2, 3]
print(add3(*nums), add3(*"abc"), add3(1, *[2, 3]), add3(*range(3)))
kw = {"a": 10, "b": 20, "c": 30}
print(add3(**kw), add3(1, **{"b": 2, "c": 3}))
print(add3(*[1], **{"c": 3, "b": 2}))
def forward(*args, **kwargs):
    return add3(*args, **kwargs)
print(forward(1, 2, 3), forward(1, c=2, b=3))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*range(10), **{str(i): i for i in range(4)}))
print(count_args(*{}, **{}))
try:
    add3(*[1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    add3(**{"a": 1, "b": 2, "d": 4})
except TypeError as e:
    print("TypeError", e)
try:
    add3(1, **{"a": 5, "b": 2, "c": 3})
except TypeError as e:
    print("TypeError", e)
def kwargs_mutation(**kw):
    kw["new"] = 1
    return kw
orig = {"a": 0}
print(kwargs_mutation(**orig), orig)
def args_is_tuple(*args):
    return type(args).__name__, type({}).__name__
print(args_is_tuple(1))
print(*[1, 2, 3], sep=", ")
print(*"xyz")
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
print([*range(3), *"ab"], (*[1, 2], 3), {**{"a": 1}, "b": 2, **{"a": 3}})
print(max(*[4, 9, 2]), min(*"hello"))
