# e.args, str(e), repr(e) for 0, 1, 2 arguments across exception types
for cls in [ValueError, TypeError, KeyError, IndexError, RuntimeError, Exception, ZeroDivisionError]:
    for args in [(), ("msg",), ("a", 2), (42,), ("",)]:
        e = cls(*args)
        print(cls.__name__, e.args, "str=[" + str(e) + "]", "repr=" + repr(e))
e = KeyError("quoted")
print(str(e), repr(e))
e = KeyError(("t", 1))
print(str(e), repr(e))
e = ValueError(None)
print(str(e), repr(e), e.args)
e = ValueError([1, 2])
print(str(e), repr(e))
e = ValueError("it's")
print(str(e), repr(e))
class Mine(Exception):
    pass
print(repr(Mine()), repr(Mine("x")), repr(Mine("x", "y")), str(Mine(1, 2)))
print([ValueError("a"), KeyError("b")])
print(f"{ValueError('fmt')}", f"{ValueError('fmt')!r}")
e = AssertionError("assert msg")
print(e, repr(e))
e = StopIteration(5)
print(e, repr(e), e.args)
