# lambda and functions as values
sq = lambda x: x * x
print(sq(5), (lambda a, b=2: a + b)(1), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
for name in ops:
    print(name, ops[name](6, 3))
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(len, "four"), apply(lambda: "no args"))
def twice(f):
    return lambda x: f(f(x))
print(twice(sq)(3), twice(twice(lambda v: v + 1))(0))
funcs = [abs, str, bool, sq]
print([f(-2) for f in funcs])
table = [(lambda n=n: n * n) for n in range(4)]
print([t() for t in table])
def pick(flag):
    def yes():
        return "yes"
    def no():
        return "no"
    return yes if flag else no
print(pick(True)(), pick(False)())
f = print
f("print via alias", 1, sep="-")
g = len
print(g([1, 2, 3]), callable(g))
def identity(x):
    return x
print(identity(identity)(7), identity is identity)
key_fn = lambda p: (p[1], -p[0])
print(sorted([(1, 2), (3, 1), (2, 2)], key=key_fn))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fns = {}
fns["double"] = lambda x: 2 * x
print(fns["double"](21), type(fns["double"]))
