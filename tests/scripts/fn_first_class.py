# functions as values: stored in containers, returned, attributes, identity
def square(x):
    return x * x
def cube(x):
    return x ** 3
fs = [square, cube, abs, str, len]
print([f(-3) if f is not len else f("abc") for f in fs])
d = {"sq": square, "cu": cube}
print(sorted(d), d["cu"](2), d.get("sq")(9))
alias = square
print(alias(7), alias is square, alias.__name__, square.__name__)
def apply(f, *args):
    return f(*args)
print(apply(square, 5), apply(max, 1, 9, 3), apply(lambda: "zero"))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(square, str, len)
print(p(12345), pipeline()(7))
square.note = "an attribute"
print(square.note, alias.note)
print(callable(square), callable(square(2)), type(square).__name__)
def returns_fn(kind):
    if kind == "up":
        def f(s):
            return s.upper()
    else:
        def f(s):
            return s.lower()
    return f
print(returns_fn("up")("MiXeD"), returns_fn("down")("MiXeD"))
funcs = {n: (lambda n: lambda: n * n)(n) for n in range(4)}
print([funcs[k]() for k in funcs])
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])))
print(sorted(["b", "A", "c"], key=str.lower), max([1, -5, 3], key=abs))
def no_return():
    pass
def bare_return():
    return
print(no_return(), bare_return(), no_return() is None)
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())
