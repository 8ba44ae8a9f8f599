# ends with TypeError: f() missing 1 required positional argument: 'b'
def f(a, b):
    return a + b
print(f(1, 2))
print(f(b=3, a=4))
def g(a, b=2):
    return a * b
print(g(3), g(3, 3), g(b=4, a=1))
def h(a, *rest, k=0):
    return a, rest, k
print(h(1), h(1, 2, 3, k=4))
print(f(1))
