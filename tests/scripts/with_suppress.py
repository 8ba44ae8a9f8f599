# __exit__ return value controls suppression; inspect type/value/tb
class Suppressor:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit: no exception, returning", repr(self.result))
        else:
            print("  exit:", exc_type.__name__, "|", str(exc), "| tb is None:", tb is None,
                  "| isinstance:", isinstance(exc, exc_type))
        return self.result

for result in [True, None, False, 1, 0, "yes", "", [0], []]:
    try:
        with Suppressor(result):
            print("body with result", repr(result))
            raise ValueError("boom " + repr(result))
        print("suppressed ->", repr(result))
    except ValueError as e:
        print("propagated ->", repr(result), type(e).__name__, e)

with Suppressor(True):
    print("clean body")
print("clean exit still calls __exit__ with None args")

class OnlyKeyErrors:
    def __enter__(self):
        return "handle"
    def __exit__(self, t, v, tb):
        return isinstance(v, KeyError)

for exc in [KeyError("k"), IndexError("i"), LookupError("l")]:
    try:
        with OnlyKeyErrors() as hd:
            print("raising", type(exc).__name__, "with", hd)
            raise exc
        print("  swallowed", type(exc).__name__)
    except LookupError as e:
        print("  escaped", type(e).__name__, e)

class MyError(Exception):
    pass
with Suppressor(True):
    raise MyError("custom", 7)
with Suppressor(True):
    d = {}
    d["missing"]
with Suppressor(True):
    1 / 0
print("rest of body skipped after suppressed error:")
with Suppressor(True):
    print("before")
    int("x")
    print("never")
print("done")
