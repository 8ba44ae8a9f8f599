# Basic context managers: enter/exit order, as targets, exit arguments
class CM:
    def __init__(self, name, enter_value=None):
        self.name = name
        self.enter_value = enter_value
        self.exits = 0

    def __enter__(self):
        print("enter", self.name)
        if self.enter_value is None:
            return self
        return self.enter_value

    def __exit__(self, exc_type, exc, tb):
        self.exits += 1
        print("exit", self.name, exc_type, exc, tb is None)
        return None

with CM("a") as a:
    print("body, a.name =", a.name)
print("after with, exits =", a.exits)

cm = CM("b", enter_value=42)
with cm as v:
    print("as target got", v, v is cm)
print("exits", cm.exits)

with CM("c"):
    print("no as target")

with CM("d", enter_value=(1, 2, 3)) as (x, y, z):
    print("tuple target", x, y, z)
with CM("e", enter_value=[10, 20, 30, 40]) as [first, *rest]:
    print("list/star target", first, rest)
with CM("f", enter_value=("k", (5, 6))) as (key, (m, n)):
    print("nested target", key, m, n)

class Holder:
    pass
h = Holder()
store = {}
with CM("g", enter_value="attr!") as h.value:
    print("attribute target", h.value)
with CM("h", enter_value="item!") as store["slot"]:
    print("subscript target", store)

def enter_returns_nothing():
    class Quiet:
        def __enter__(self):
            print("quiet enter")
        def __exit__(self, t, v, tb):
            print("quiet exit")
    with Quiet() as q:
        print("q is", q)
    return "ok"
print(enter_returns_nothing())
x = "outer"
with CM("i", enter_value="inner") as x:
    pass
print("as-target variable persists:", x)
