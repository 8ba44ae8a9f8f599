# with-blocks inside generators: send through a with, break+close, yield from inside with
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  open", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("  close", self.name, t.__name__ if t else None)
        return isinstance(v, KeyError)

def two_files():
    with Res("a") as a, Res("b") as b:
        x = yield a + b
        print("  received", x)
        yield x * 2
    yield "done"

t = two_files()
print(next(t))
print(t.send(21))
print(next(t))
print(next(t, "end"))

def counting(limit):
    with Res("counter"):
        n = 0
        while n < limit:
            yield n
            n += 1

c = counting(100)
for v in c:
    if v == 2:
        print("break at", v)
        break
c.close()
print("explicit close done")

def lines(name, n):
    with Res(name) as handle:
        for i in range(n):
            yield handle + ":" + str(i)
    return name + " finished"
def delegating():
    with Res("outer-res"):
        r = yield from lines("sub", 2)
        print("  sub returned", r)
print(list(delegating()))
def gen_with_return():
    with Res("ret"):
        yield 1
        return "early"
    yield "never"
g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
