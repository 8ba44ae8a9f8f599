# default arguments: evaluated once, mutable default sharing, None idiom
def greet(name, greeting="hello", punct="!"):
    return greeting + " " + name + punct
print(greet("a"), greet("b", "hi"), greet("c", punct="?"), greet(punct=".", name="d"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
r1 = append_to(5)
print(r1 is append_to(6), r1)
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def dict_default(k, v, d={}):
    d[k] = v
    return len(d)
print([dict_default(c, i) for i, c in enumerate("abca")])
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, sorted(kw.items()))
print(f(1))
print(f(1, 5, 6, 7))
print(f(1, c=9, z=0))
print(f(a=0, b=1, q=2))
def g(x, y=None, z=[1, 2]):
    return x, y, z
print(g(0), g(0, z=()), g(0, 1, 2))
def h(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = h(n - 1) + h(n - 2)
    return memo[n]
print(h(50), h(80))
def expr_default(v=[i * i for i in range(4)], w=len("abc")):
    return v, w
print(expr_default())
