# implicit chaining: exception raised while handling another sets __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
    print(e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        raise IndexError("b")
except IndexError as e:
    print("finally context:", repr(e.__context__))
try:
    raise ValueError("alone")
except ValueError as e:
    print("no context:", e.__context__)
def handler_bug():
    try:
        [][1]
    except IndexError:
        return undefined_name
try:
    handler_bug()
except NameError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
try:
    try:
        raise TypeError("first")
    except TypeError as t:
        try:
            raise KeyError("second")
        except KeyError as k:
            raise RuntimeError("third")
except RuntimeError as r:
    chain = []
    c = r
    while c is not None:
        chain.append(type(c).__name__ + ":" + str(c))
        c = c.__context__
    print(chain)
try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise v
except ValueError as e:
    print("reraise self, context is None:", e.__context__ is None)
