# except (A, B) as e with a variety of raised types
def risky(kind):
    if kind == 0:
        return {}["k"]
    if kind == 1:
        return [][0]
    if kind == 2:
        return 1 / 0
    if kind == 3:
        return int("zz")
    if kind == 4:
        return None + 1
    return "fine"
for k in range(6):
    try:
        r = risky(k)
        print(k, "ok", r)
    except (KeyError, IndexError) as e:
        print(k, "lookup", type(e).__name__, e)
    except (ZeroDivisionError, ValueError) as e:
        print(k, "math/value", type(e).__name__, e)
    except (TypeError,) as e:
        print(k, "type", e)
errs = (KeyError, ValueError)
try:
    raise ValueError("via tuple variable")
except errs as e:
    print("caught", e)
class A(Exception): pass
class B(A): pass
class C(Exception): pass
for cls in [A, B, C]:
    try:
        raise cls("x")
    except (B, C) as e:
        print(cls.__name__, "-> (B, C)", type(e).__name__)
    except A as e:
        print(cls.__name__, "-> A", type(e).__name__)
try:
    raise LookupError("base")
except (KeyError, IndexError):
    print("no")
except (Exception,) as e:
    print("generic", repr(e))
