# ends with TypeError: f() got an unexpected keyword argument 'c'
def f(a, b=2):
    return a - b
print(f(10), f(10, b=3))
def g(*, c=0, **kw):
    return c, kw
print(g(), g(c=1), g(c=2, d=3))
print(f(a=1), f(b=1, a=0))
opts = {"b": 7}
print(f(1, **opts))
print(f(10, c=3))
