# with-blocks inside generators: exit on exhaustion, close(), throw(), suppressing exit, body errors
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  open", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("  close", self.name, t.__name__ if t else None)
        return isinstance(v, KeyError)

def lines(name, n):
    with Res(name) as handle:
        for i in range(n):
            yield handle + ":" + str(i)
    print("  after with in", name)

print(list(lines("f1", 3)))

g = lines("f2", 5)
print(next(g))
print(next(g))
print("closing generator mid-with")
g.close()
print("next after close:", next(g, "exhausted"))

g = lines("f3", 5)
print(next(g))
try:
    g.throw(ValueError("bad line"))
except ValueError as e:
    print("throw propagated:", type(e).__name__, e)

g = lines("f4", 5)
print(next(g))
print("KeyError suppressed by __exit__, generator continues after with:")
try:
    g.throw(KeyError("k"))
except StopIteration:
    print("generator finished")

def failing(n):
    with Res("fail"):
        for i in range(n):
            yield 10 // (2 - i)
try:
    for v in failing(5):
        print("value", v)
except ZeroDivisionError as e:
    print("body error passed through __exit__:", type(e).__name__, e)
print(list(failing(2)))
