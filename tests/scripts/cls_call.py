# __call__: instances as functions, in map/sorted/decorator position
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, y=0):
        self.calls += 1
        return x + self.n + y

add5 = Adder(5)
print(add5(1), add5(1, 2), add5(x=10, y=1), add5.calls)
print(list(map(add5, [1, 2, 3])), add5.calls)
print(callable(add5), callable(Adder), callable(5))
print(sorted([3, 1, 2], key=Adder(-10)))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), len(fib.cache), type(fib).__name__)
class Compose:
    def __init__(self, *fs):
        self.fs = fs
    def __call__(self, x):
        for f in reversed(self.fs):
            x = f(x)
        return x
inc_then_double = Compose(lambda v: v * 2, Adder(1))
print(inc_then_double(3), [inc_then_double(i) for i in range(4)])
class Star:
    def __call__(self, *args, **kwargs):
        return str(args) + " " + str(sorted(kwargs.items()))
s = Star()
print(s(), s(1, 2), s(a=1), s(*[1, 2], **{"z": 0}))
ops = {"add": Adder(100), "neg": lambda v: -v}
print([ops[k](1) for k in ops])
class Fact:
    def __call__(self, n):
        return 1 if n <= 1 else n * self(n - 1)
print(Fact()(10))
