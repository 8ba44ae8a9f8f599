# __enter__ raising: __exit__ of that manager is not called, earlier ones are
class EnterRaises:
    def __init__(self, exc):
        self.exc = exc
    def __enter__(self):
        print("EnterRaises.__enter__ raising", type(self.exc).__name__)
        raise self.exc
    def __exit__(self, t, v, tb):
        print("never: __exit__ after failed __enter__")

class Plain:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, "saw", t.__name__ if t else None, v)
        return True
try:
    with EnterRaises(IndexError("enter failed")) as x:
        print("never: body")
except IndexError as e:
    print("caught", type(e).__name__, e)
try:
    with Plain("p1"), EnterRaises(ValueError("second")), Plain("p3"):
        print("never")
    print("p1 suppressed the enter error")
except ValueError as e:
    print("never", e)
with Plain("outer"):
    with EnterRaises(KeyError("k")):
        print("never")
    print("never: rest of outer body skipped")
print("outer suppressed")
def make_and_enter(n):
    if n == 0:
        return EnterRaises(ZeroDivisionError("n is zero"))
    return Plain("n=" + str(n))
for n in [2, 0, 1]:
    try:
        with make_and_enter(n) as name:
            print("body", name)
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e)
class NotACM:
    pass
try:
    with NotACM():
        print("never")
except (TypeError, AttributeError) as e:
    print("not a context manager:", type(e).__name__)
class OnlyEnter:
    def __enter__(self):
        print("never: __enter__ looked up after __exit__ check")
try:
    with OnlyEnter():
        print("never")
except (TypeError, AttributeError) as e:
    print("missing __exit__:", type(e).__name__)
