# bound methods: stored, passed around, called later
class Acc:
    def __init__(self, name):
        self.name = name
        self.items = []
    def add(self, x):
        self.items.append(x)
        return len(self.items)
    def show(self):
        return self.name + ":" + ",".join(str(i) for i in self.items)

a = Acc("a")
b = Acc("b")
add_a = a.add
add_b = b.add
print(add_a(1), add_a(2), add_b(10))
print(a.show(), b.show())
ops = [a.add, b.add, a.add]
for i, op in enumerate(ops):
    op(i * 100)
print(a.show(), b.show())
shows = {"a": a.show, "b": b.show}
for k in shows:
    print(k, shows[k]())
m = a.show
a.name = "renamed"
print(m())
print(list(map(a.add, [7, 8])))
print(a.items)
def call_twice(f, x):
    f(x)
    return f(x)
print(call_twice(b.add, 5), b.items)
unbound = Acc.show
print(unbound(b))
print(callable(a.add), callable(a.items))
class Greeter:
    greeting = "hi"
    def greet(self, who):
        return self.greeting + " " + who
g = Greeter()
fns = [g.greet] * 3
print([f(n) for f, n in zip(fns, ["x", "y", "z"])])
g.greeting = "yo"
print(fns[0]("w"))
print(sorted([3, 1, 2], key=Acc("k").add))
