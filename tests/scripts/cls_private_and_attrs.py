# attribute access patterns: getattr/setattr/hasattr, AttributeError, defaults
class Rec:
    kind = "rec"
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)
    def get(self, name, default=None):
        return getattr(self, name, default)

r = Rec(a=1, b="two")
print(r.a, r.b, r.get("a"), r.get("zz"), r.get("zz", 0), r.kind)
print(hasattr(r, "a"), hasattr(r, "c"), hasattr(r, "kind"), hasattr(r, "get"))
try:
    r.c
except AttributeError as e:
    print("AttributeError", e)
try:
    Rec.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr_target = r.missing_method()
except AttributeError as e:
    print("AttributeError", e)
for name in ["a", "b", "kind"]:
    print(name, getattr(r, name))
setattr(r, "a", getattr(r, "a") + 41)
print(r.a)
fn = getattr(r, "get")
print(fn("b"))
try:
    getattr(r, "zzz")
except AttributeError as e:
    print("AttributeError", e)
del r.a
print(hasattr(r, "a"))
try:
    del r.a
except AttributeError as e:
    print("AttributeError", e)
class Sub(Rec):
    pass
print(getattr(Sub(x=5), "x"), getattr(Sub, "kind"), Sub().get("kind"))
r._private = 1
r.__dunderish = 2
print(r._private, r.__dunderish)
print(hasattr("s", "upper"), hasattr([], "push"))
