# Functions compiled after 1500+ calls with int arguments, then called with
# float, str, big int, bool, None and list arguments, then ints again: the
# entry guard must decline and the function recompile (or stay
# interpreted after too many recompilations). Also default arguments and
# keyword calls, where the argument types come from the defaults.


def show(label, v):
    print(label, type(v).__name__, repr(v))


def poly(a, b):
    c = a * b
    d = c + a
    return d - b


t = 0
for i in range(1600):
    t += poly(i, 3)
print("poly warm", t)
for args in [(2.5, 3), (3, 2.5), ("ab", 3), (2 ** 64, 3), (3, 2 ** 64), (True, False),
             (True, 7), (-(2 ** 63), 2), (7, 8)]:
    try:
        show("poly" + repr(args), poly(*args))
    except TypeError as e:
        print("poly" + repr(args), "TypeError", e)


def phase_loop(f, make, n):
    s = None
    for i in range(n):
        v = f(make(i), make(i + 1))
        s = v if s is None else s + v
    return s


show("phase int", phase_loop(poly, int, 1500))
show("phase float", phase_loop(poly, float, 1500))
show("phase bool", phase_loop(poly, bool, 1500))
show("phase big", phase_loop(poly, lambda i: i + 2 ** 62, 1500))
show("phase int again", phase_loop(poly, int, 1500))


def with_defaults(x, scale=2, offset=0.5):
    return x * scale + offset


acc = 0.0
for i in range(1800):
    acc += with_defaults(i)
print("defaults warm", acc)
show("kw scale int", with_defaults(3, scale=4))
show("kw offset int", with_defaults(3, offset=1))
show("kw both", with_defaults(x=3, offset=1, scale=2 ** 70))
show("kw str", with_defaults("ab", scale=3, offset="!"))
show("kw float x", with_defaults(1.5))
show("positional", with_defaults(10, 10, 10))

acc = 0
for i in range(1800):
    acc += with_defaults(i, offset=i)
print("kw loop", acc)
acc = 0
for i in range(1800):
    acc += with_defaults(offset=1, x=i, scale=i % 3)
print("kw loop reordered", acc)


def counter(n, step=1):
    c = 0
    i = 0
    while i < n:
        c += step
        i += 1
    return c


show("counter int", counter(2000))
show("counter float step", counter(2000, 0.25))
try:
    counter(1500, "x")
except TypeError as e:
    print("counter str step TypeError", e)
show("counter big step", counter(1500, 2 ** 62))
show("counter bool step", counter(1500, True))
show("counter float n", counter(1500.5))
show("counter int again", counter(1500, 3))


def many_recompiles(x):
    y = x
    for _ in range(3):
        y = y + x
    return y


kinds = [1, 1.5, True, 2 ** 65, "s", [1], (2,), -3, 0.0, False, 2 ** 63 - 1, "t"]
out = []
for rnd in range(200):
    for k in kinds:
        out.append(many_recompiles(k))
print("many_recompiles", len(out), out[:len(kinds)])
print("many_recompiles last", out[-len(kinds):])


def kwonly(a, *, k=1, scale=2):
    t = a
    for _ in range(3):
        t = t * scale + k
    return t


acc = 0
for i in range(1600):
    acc += kwonly(i, k=i % 5)
print("kwonly warm", acc)
show("kwonly float k", kwonly(1, k=0.5))
show("kwonly big scale", kwonly(1, scale=2 ** 40))
show("kwonly str", kwonly("a", k="b", scale=2))
show("kwonly bool", kwonly(True, k=False, scale=True))
show("kwonly int again", kwonly(5, k=1))


def star_args(*args, **kw):
    t = 0
    for v in args:
        t = t + v
    for key in kw:
        t = t + kw[key]
    return t


acc = 0
for i in range(1600):
    acc += star_args(i, 1, 2, extra=i)
print("star_args warm", acc)
show("star_args float", star_args(0.5, 1, x=2))
show("star_args big", star_args(2 ** 64, y=2 ** 63))
show("star_args none", star_args())
show("star_args bools", star_args(True, True, z=False))
show("star_args int again", star_args(1, 2, 3))


def default_mutated(x, acc=[]):
    acc.append(x)
    return len(acc)


for i in range(1500):
    default_mutated(i)
show("default_mutated", default_mutated(0.5))
show("default_mutated own", default_mutated(1, []))
