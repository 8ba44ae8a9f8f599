# closures over loop variables: late binding, default-arg capture, factory
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = []
for i in range(3):
    fns.append(lambda i=i: i)
print([f() for f in fns])
def make(n):
    return lambda x: x * n
muls = [make(n) for n in range(1, 4)]
print([m(10) for m in muls])
def outer():
    funcs = []
    for j in range(3):
        def inner():
            return j * 100
        funcs.append(inner)
    j = 99
    return funcs
print([f() for f in outer()])
def adders():
    result = []
    for k in [1, 2, 3]:
        def make_adder(k):
            def add(x):
                return x + k
            return add
        result.append(make_adder(k))
    return result
print([a(100) for a in adders()])
def shared_cell():
    x = 0
    def get():
        return x
    def bump():
        nonlocal x
        x += 1
    return get, bump
get, bump = shared_cell()
bump(); bump()
print(get())
get2, bump2 = shared_cell()
print(get2(), get())
def capture_after():
    def show():
        return value
    value = "assigned after def"
    return show()
print(capture_after())
comp_fns = [lambda: k for k in "ab"]
print([f() for f in comp_fns])
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2()
print(level1()())
