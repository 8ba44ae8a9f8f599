# nested try blocks at several depths and across functions
def level3(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        print("  level3 handles zero")
        raise ValueError("bad x")
def level2(x):
    try:
        return level3(x) + 1
    except TypeError as e:
        print("  level2 handles TypeError", e)
        return -2
    finally:
        print("  level2 finally", x)
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print("  level1 handles ValueError", e)
        return -1
for x in [2, 0, "s"]:
    print("result", level1(x))
try:
    try:
        try:
            raise IndexError("deep")
        except KeyError:
            print("no")
        finally:
            print("finally 3")
    except IndexError as e:
        print("handled at 2", e)
        try:
            raise KeyError("inside handler")
        except KeyError as e2:
            print("handled nested", repr(e2))
        print("back in handler 2", e)
    finally:
        print("finally 2")
except Exception:
    print("no")
finally:
    print("finally 1")
def depth(n):
    if n == 0:
        raise RuntimeError("bottom")
    try:
        depth(n - 1)
    except RuntimeError as e:
        if n == 3:
            print("caught at depth", n, e)
            return "done"
        raise
print(depth(5))
