# raise, re-raise, raise from, exception args
def parse_age(s):
    try:
        n = int(s)
    except ValueError as e:
        raise ValueError("bad age: " + s) from e
    if n < 0:
        raise ValueError("negative age")
    return n
for s in ["30", "-4", "old"]:
    try:
        print(parse_age(s))
    except ValueError as e:
        print("error:", type(e).__name__, e)
try:
    raise KeyError("k")
except KeyError as e:
    print(repr(str(e)), e.args)
try:
    raise IndexError
except IndexError as e:
    print("bare class raised", repr(str(e)), e.args)
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(repr(ValueError("msg")), repr(KeyError(1)), str(RuntimeError()))
try:
    raise NotImplementedError("todo")
except RuntimeError as err:
    print(type(err).__name__, err)
def chain():
    try:
        [][0]
    except IndexError:
        raise RuntimeError("wrapped")
try:
    chain()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise StopIteration
except StopIteration:
    print("stop caught")
