# repr of a plain object() has no module prefix, like CPython
o = object()
print(repr(o)[:18], str(o).startswith("<object object at 0x"))
class A:
    pass
print(repr(A())[:20])
