# raise X from Y sets __cause__; from None suppresses
class ConfigError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad config value " + repr(s)) from e
try:
    parse("abc")
except ConfigError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__cause__ is e.__context__)
    print(e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise RuntimeError("direct") from KeyError("cause")
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__)
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise TypeError("t") from ValueError
except TypeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
def chain3():
    try:
        try:
            1 / 0
        except ZeroDivisionError as a:
            raise KeyError("k") from a
    except KeyError as b:
        raise IndexError("i") from b
try:
    chain3()
except IndexError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__)
        c = c.__cause__
    print(names)
