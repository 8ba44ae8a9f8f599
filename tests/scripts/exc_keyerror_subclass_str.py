class MissingKey(KeyError):
    pass
class Custom(KeyError):
    def __str__(self):
        return "custom!"
class Deeper(MissingKey):
    pass
for exc in [KeyError("k"), MissingKey("user"), Custom("x"), Deeper(3), MissingKey(), MissingKey("a", "b"), LookupError("k")]:
    print(type(exc).__name__, str(exc), repr(exc), exc.args)
try:
    {}["zz"]
except KeyError as e:
    print(e, repr(e))
d = {}
try:
    raise Deeper("user")
except MissingKey as e:
    print("caught", e)
raise MissingKey("user")
