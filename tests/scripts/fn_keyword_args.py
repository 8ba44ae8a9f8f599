# keyword arguments and keyword-only parameters
def box(w, h, *, fill="#", border=True):
    top = "+" + "-" * w + "+" if border else ""
    return [top, "|" + fill * w + "|", top] if border else [fill * w] * h
print(box(3, 1))
print(box(2, 2, border=False))
print(box(h=1, w=4, fill="."))
def kwonly_required(*, a, b=2):
    return a + b
print(kwonly_required(a=1), kwonly_required(b=10, a=1))
try:
    kwonly_required(1)
except TypeError as e:
    print("TypeError", e)
try:
    kwonly_required()
except TypeError as e:
    print("TypeError", e)
try:
    box(1, 2, "x")
except TypeError as e:
    print("TypeError", e)
def varargs_then_kw(*items, sep="-"):
    return sep.join(str(i) for i in items)
print(varargs_then_kw(1, 2, 3), varargs_then_kw(1, 2, sep="+"), varargs_then_kw())
def order(a, b, c):
    return a * 100 + b * 10 + c
print(order(1, 2, 3), order(c=1, b=2, a=3), order(1, c=2, b=3))
try:
    order(1, 2, a=3)
except TypeError as e:
    print("TypeError", e)
try:
    order(1, d=2, b=3, c=4)
except TypeError as e:
    print("TypeError", e)
try:
    order(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    order(1)
except TypeError as e:
    print("TypeError", e)
def mixed(a, b=1, *rest, key, flag=False, **extra):
    return a, b, rest, key, flag, extra
print(mixed(1, key="k"))
print(mixed(1, 2, 3, 4, key="k", flag=True, more=5))
print(sorted(dict(a=1, b=2).items()), dict(x=[1], y=None))
