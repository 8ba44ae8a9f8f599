# Exceptions raised inside __exit__ replace the body's exception (or none)
class ExitRaises:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, "saw", t.__name__ if t else None, v)
        raise KeyError("from exit " + self.name)

class Plain:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, t, v, tb):
        print("exit", self.name, "saw", t.__name__ if t else None, v)
        return self.suppress

try:
    with ExitRaises("clean"):
        print("body ok")
except KeyError as e:
    print("caught", type(e).__name__, e)

try:
    with ExitRaises("dirty"):
        raise ValueError("body failed")
except ValueError as e:
    print("never: original is replaced", e)
except KeyError as e:
    print("caught", type(e).__name__, e)

try:
    with Plain("outer"):
        with ExitRaises("inner"):
            print("body")
except KeyError as e:
    print("outer let it pass:", e)

with Plain("outer-suppress", suppress=True):
    with ExitRaises("inner2"):
        raise ZeroDivisionError("zd")
print("suppressed the exit's exception")

try:
    with ExitRaises("first"), ExitRaises("second"):
        print("body of two raising exits")
except KeyError as e:
    print("last exit wins:", e)

def in_function():
    with ExitRaises("fn"):
        return "return value lost"
try:
    print(in_function())
except KeyError as e:
    print("return replaced by exit error:", e)
