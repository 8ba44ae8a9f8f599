# bare raise re-raises the current exception, keeping its type and message
def inner():
    raise KeyError("original")
def middle():
    try:
        inner()
    except KeyError:
        print("middle saw it, re-raising")
        raise
try:
    middle()
except KeyError as e:
    print("outer got", repr(e))
def conditional(v):
    try:
        return int(v)
    except ValueError:
        if v == "":
            return 0
        raise
print(conditional("5"), conditional(""))
try:
    conditional("x")
except ValueError as e:
    print("re-raised:", e)
def after_nested():
    try:
        raise TypeError("outer one")
    except TypeError:
        try:
            raise ValueError("inner one")
        except ValueError:
            pass
        raise
try:
    after_nested()
except Exception as e:
    print(type(e).__name__, e)
count = 0
def retry():
    global count
    for attempt in range(3):
        try:
            count += 1
            raise RuntimeError("attempt " + str(attempt))
        except RuntimeError:
            if attempt == 2:
                raise
try:
    retry()
except RuntimeError as e:
    print("gave up after", count, "-", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def raise_in_finally_handler():
    try:
        try:
            raise IndexError("idx")
        except IndexError:
            raise
        finally:
            print("finally during re-raise")
    except IndexError as e:
        print("got", e)
raise_in_finally_handler()
