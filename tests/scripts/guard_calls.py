# Tier-1 guard failures on calls of Python functions specialised for exact
# positional arguments: a function redefined between calls, one call site seeing
# callees with different arities, defaults, *args, **kwargs, keyword-only
# parameters, closures, bound methods, classes and builtins.


def f(a, b):
    return a + b


def hot_site(n):
    out = []
    for i in range(n):
        out.append(f(i, 1))
    return out[-1], len(out)


print(hot_site(300))


def f(a, b=100):
    return a * b


print(hot_site(300))


def f(*args):
    return len(args)


print(hot_site(300))


def f(a, b, c=7, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))


print(hot_site(300))


def f(a):
    return a


try:
    hot_site(300)
except TypeError as e:
    print("TypeError:", e)


# One site, the callee changing every iteration.
def one(x):
    return x + 1


def two(x, y=10):
    return x + y


def three(x, y=1, z=2):
    return x * y * z


def star(*xs):
    return sum(xs)


def kwonly(x, *, scale=3):
    return x * scale


def anykw(x, **kw):
    return x + len(kw)


class Maker:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Maker(" + repr(self.x) + ")"

    def method(self, y):
        return self.x - y


class Callable:
    def __call__(self, x):
        return "called " + str(x)


def make_adder(k):
    def add(x):
        return x + k
    return add


callees = [one, two, three, star, kwonly, anykw, Maker, Maker(1000).method,
           Callable(), make_adder(50), make_adder(0.5), lambda x: [x], abs, str]


def rotate(n):
    res = []
    for i in range(n):
        g = callees[i % len(callees)]
        r = g(i)
        if i >= n - len(callees):
            res.append(r)
    return res


print(rotate(1400))


# Same callee, varying argument shapes at different sites of one hot loop.
def shape_args(n):
    acc = 0
    for i in range(n):
        acc += three(i)
        acc += three(i, 2)
        acc += three(i, 2, 3)
        acc += three(i, z=1)
        acc += three(x=i, y=0)
        acc += three(*(i, 1))
        acc += three(i, **{"z": 5})
    return acc


print(shape_args(500))


def arity_errors(n):
    errs = []
    for i in range(n):
        try:
            if i % 100 == 99:
                two()
            elif i % 100 == 98:
                two(1, 2, 3)
            elif i % 100 == 97:
                two(1, q=2)
            else:
                two(i)
        except TypeError as e:
            errs.append(str(e))
    return errs[:3], len(errs)


print(arity_errors(500))


# Defaults changed on the function object are not visible (they are evaluated
# once), but rebinding the name is.
def with_default(x, acc=[]):
    acc.append(x)
    return len(acc)


def call_default(n):
    last = 0
    for i in range(n):
        last = with_default(i)
    return last


print(call_default(300), call_default(300))


# A function redefined inside the loop that calls it.
def redefining(n):
    out = []

    def step(x):
        return x + 1

    for i in range(n):
        if i == 200:
            def step(x):
                return x * 2
        if i == 400:
            step = lambda x, y=3: x - y
        if i == 600:
            step = make_adder(-1)
        v = step(i)
        if i % 100 == 0 or i in (199, 399, 599):
            out.append(v)
    return out


print(redefining(700))


# Recursion through a name that is rebound while the recursion is running.
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)


print(countdown(300))
saved = countdown


def countdown(n):
    return 1000


print(saved(300), countdown(5))
countdown = saved
print(countdown(300))


# Generic wrappers forwarding *args/**kwargs to hot targets.
def wrap(fn, *args, **kwargs):
    return fn(*args, **kwargs)


def fwd(n):
    t = 0
    for i in range(n):
        t += wrap(two, i)
        t += wrap(two, i, y=i)
        t += wrap(three, i, z=2)
    return t


print(fwd(400))
print(wrap(Maker, 5), wrap(sorted, [3, 1, 2], reverse=True), wrap(max, 1, 9, 4))
