# ends with TypeError: f() takes 2 positional arguments but 3 were given
def f(a, b):
    return a * b
print(f(3, 4))
def g(a, b=1):
    return a + b
print(g(1), g(1, 2), g(a=5), g(b=0, a=0))
def h(*args):
    return len(args)
print(h(), h(1, 2, 3, 4))
print(f(*[2, 5]), f(b=3, a=3))
print(f(3, 4, 5))
