# closures and nonlocal
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def make_acc():
    total = []
    def acc(v):
        total.append(v)
        return sum(total)
    return acc
a = make_acc()
print(a(1), a(2), a(10))
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def pair():
    v = 0
    def get():
        return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
g, s = pair()
print(g())
s(42)
print(g())
def late():
    fs = []
    for k in range(3):
        def f():
            return k * 10
        fs.append(f)
    return [f() for f in fs]
print(late())
def compose(f, g):
    return lambda x: f(g(x))
print(compose(lambda x: x + 1, lambda x: x * 2)(5))
