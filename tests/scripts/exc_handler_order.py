# handler order: first matching handler wins; Exception vs BaseException
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError handler"
    except LookupError:
        return "LookupError handler"
    except ArithmeticError:
        return "ArithmeticError handler"
    except Exception as e:
        return "Exception handler: " + type(e).__name__

for e in [KeyError(1), IndexError(2), ZeroDivisionError(), ValueError(), TypeError(),
          AttributeError(), NameError(), RuntimeError(), AssertionError(), StopIteration(),
          NotImplementedError(), RecursionError(), OverflowError()]:
    print(type(e).__name__, "->", classify(e))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(Exception, BaseException), issubclass(StopIteration, Exception))
try:
    raise RecursionError("deep")
except RuntimeError as e:
    print("RuntimeError caught", type(e).__name__, e)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("RuntimeError caught", type(e).__name__, e)
try:
    raise BaseException("base")
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", e)
class MyErr(Exception):
    pass
try:
    raise MyErr("mine")
except (ValueError, MyErr) as e:
    print("tuple caught", type(e).__name__, e)
try:
    raise MyErr("mine2")
except Exception as e:
    print("Exception caught", type(e).__name__, e, isinstance(e, BaseException))
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("wrong")
    print("not reached")
except TypeError as e:
    print("propagated out", e)
