# common *args / **kwargs patterns
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(), total(1, 2, 3), total(*range(101)), total(1.5, 2, start=10))
def fmt(template, **values):
    out = template
    for k in sorted(values):
        out = out.replace("{" + k + "}", str(values[k]))
    return out
print(fmt("{a} + {b} = {c}", a=1, b=2, c=3), fmt("plain"))
def first_of(*args, default=None):
    return args[0] if args else default
print(first_of(5, 6), first_of(), first_of(default="d"))
def merge(*dicts, **overrides):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(overrides)
    return out
print(merge({"a": 1}, {"b": 2, "a": 3}, c=4, a=0))
def describe(*args, **kwargs):
    parts = [repr(a) for a in args]
    parts += [k + "=" + repr(v) for k, v in kwargs.items()]
    return "call(" + ", ".join(parts) + ")"
print(describe(), describe(1, "x"), describe(k=[1], j=None), describe(1, z=2))
def partial(fn, *pre, **prekw):
    def call(*more, **morekw):
        kw = dict(prekw)
        kw.update(morekw)
        return fn(*pre, *more, **kw)
    return call
p = partial(describe, 1, 2, sep="-")
print(p(), p(3, sep="+", end="."))
def max_by(*items, key=lambda v: v):
    best = None
    for it in items:
        if best is None or key(it) > key(best):
            best = it
    return best
print(max_by(3, -7, 5), max_by(3, -7, 5, key=abs), max_by())
def args_len(*a):
    return len(a)
print(args_len(*[]), args_len(*[[]]), args_len([], []), args_len(*"hello", *"!"))
def kw_keys(**kw):
    return list(kw)
print(kw_keys(z=1, a=2, m=3), kw_keys(**{"b": 1}, c=2))
