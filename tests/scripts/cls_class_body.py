# class body executes top to bottom; class attrs computed from each other
print("before class")
class Table:
    print("in class body")
    size = 4
    cells = [0] * size
    names = ["c" + str(i) for i in range(3)]
    doubled = size * 2
    def method(self):
        return Table.size + self.doubled
    if size > 3:
        big = True
    else:
        big = False
    for _i in range(2):
        print("loop in class body", _i)
print("after class")
print(Table.size, Table.cells, Table.names, Table.doubled, Table.big)
print(Table().method())
class Consts:
    """A docstring."""
    A = 1
    B = A + 1
    C = (A, B)
    D = {"a": A, "b": B}
print(Consts.A, Consts.B, Consts.C, Consts.D)
class Empty:
    "only a docstring"
print(type(Empty()).__name__)
def make_class(tag):
    class Inner:
        label = tag
        def show(self):
            return "Inner:" + self.label
    return Inner
K1 = make_class("one")
K2 = make_class("two")
print(K1().show(), K2().show(), K1 is K2, K1.__name__)
class Outer:
    class Nested:
        x = 5
    def get(self):
        return self.Nested.x
print(Outer().get(), Outer.Nested.x, Outer.Nested().x)
class WithLambda:
    f = lambda self, y: y * 3
    g = staticmethod(lambda y: y + 1)
print(WithLambda().f(4), WithLambda.g(4))
