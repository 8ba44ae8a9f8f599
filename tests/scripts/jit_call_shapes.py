# Hot call sites whose call shape changes after they are compiled: defaults
# then explicit arguments, keywords, *args and **kwargs, bound methods vs
# functions vs classes vs builtins at one site, and wrong-arity TypeErrors.


def f(a, b=10, *, c=100):
    return a + b + c


def shape_changes(n):
    s = 0
    for i in range(n):
        if i < 1500:
            s += f(i)
        elif i < 1800:
            s += f(i, 1)
        elif i < 2000:
            s += f(i, c=1)
        elif i < 2200:
            s += f(b=2, a=i)
        else:
            s += f(*(i, 3), **{"c": 4})
    return s


print("shape_changes", shape_changes(2400))


def varargs(*args, **kwargs):
    return len(args) * 10 + len(kwargs)


def vararg_loop(n):
    s = 0
    for i in range(n):
        k = i % 4
        if k == 0:
            s += varargs()
        elif k == 1:
            s += varargs(1, 2)
        elif k == 2:
            s += varargs(x=1)
        else:
            s += varargs(*range(i % 5), **{"y": 2, "z": 3})
    return s


print("vararg_loop", vararg_loop(2500))


class K:
    def __init__(self, v):
        self.v = v

    def m(self, x):
        return self.v + x


def callee_kind_changes(n):
    k = K(5)
    callees = [lambda x: x + 1, k.m, abs, K, str, len]
    out = []
    t = 0
    for i in range(n):
        fn = callees[0] if i < 1700 else callees[i % len(callees)]
        try:
            r = fn(-i if fn is abs else ([i] if fn is len else i))
        except TypeError as e:
            r = 0
            out.append(str(e))
        if isinstance(r, K):
            r = r.v
        elif isinstance(r, str):
            r = len(r)
        t += r
    return t, out[:2]


print("callee_kind_changes", callee_kind_changes(2200))


def arity_errors(n):
    errs = []
    for i in range(n):
        try:
            if i == 1600:
                f()
            elif i == 1700:
                f(1, 2, 3)
            elif i == 1800:
                f(1, d=4)
            elif i == 1900:
                f(1, a=1)
            else:
                f(i)
        except TypeError as e:
            errs.append(str(e))
    return errs


for msg in arity_errors(2000):
    print("arity_errors", msg)


def default_mutable(x, acc=[]):
    acc.append(x)
    return len(acc)


last = 0
for i in range(1500):
    last = default_mutable(i)
print("default_mutable", last, default_mutable(0, []), default_mutable(1))


def method_via_class(n):
    k = K(1)
    s = 0
    for i in range(n):
        s += K.m(k, i) if i % 2 else k.m(i)
    return s


print("method_via_class", method_via_class(2500))


class CallMe:
    def __init__(self):
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * 2


def callable_obj(n):
    c = CallMe()
    fn = lambda x: x * 2
    s = 0
    for i in range(n):
        if i == 1800:
            fn = c
        s += fn(i)
    return s, c.calls, callable(c), callable(5)


print("callable_obj", callable_obj(2500))


def kw_only_defaults(n):
    def g(a, *rest, sep="-", end=0):
        return len(rest) + end + len(sep)

    s = 0
    for i in range(n):
        s += g(i, *range(i % 3), end=i % 2) if i > 1500 else g(i)
    return s


print("kw_only_defaults", kw_only_defaults(2500))
