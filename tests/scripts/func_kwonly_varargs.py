# keyword-only args, *args, **kwargs
def f(a, *args, **kwargs):
    return a, args, kwargs
print(f(1))
print(f(1, 2, 3))
print(f(1, 2, x=3, y=4))
print(f(a=5, z=0))
def kw(a, *, b, c=3):
    return a + b + c
print(kw(1, b=2), kw(1, b=2, c=10), kw(a=0, c=0, b=0))
def mixed(a, b=2, *rest, flag=False, **opts):
    return [a, b, rest, flag, opts]
print(mixed(1))
print(mixed(1, 5, 6, 7, flag=True, color="red"))
print(mixed(1, opt=1))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3, 4))
def show(**kw):
    for k in kw:
        print(" ", k, "=", kw[k])
    return len(kw)
print(show(b=2, a=1, c=3))
def first_and_rest(first, *rest):
    return first, list(rest)
print(first_and_rest("a", "b", "c"))
def opts(*, sep=",", end="."):
    return sep.join(["x", "y"]) + end
print(opts(), opts(sep="-"), opts(end="!", sep=""))
def count_args(*a, **k):
    return len(a), len(k), type(a), type(k)
print(count_args(1, 2, x=1))
