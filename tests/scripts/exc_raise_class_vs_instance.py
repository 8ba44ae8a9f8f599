# raise with a class vs an instance; raise of non-exceptions
for thing in [ValueError, ValueError("inst"), KeyError, IndexError("i")]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
class Custom(Exception):
    def __init__(self, msg="auto"):
        super().__init__(msg)
try:
    raise Custom
except Custom as e:
    print("class raised:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
try:
    raise "string"
except TypeError as e:
    print("TypeError", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError", e)
try:
    raise NotAnException
except TypeError as e:
    print("TypeError", e)
def make(kind):
    return {"v": ValueError, "k": KeyError, "t": TypeError}[kind]("made " + kind)
for k in "vkt":
    try:
        raise make(k)
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
err = RuntimeError("reused")
for i in range(2):
    try:
        raise err
    except RuntimeError as e:
        print(i, e is err, e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
