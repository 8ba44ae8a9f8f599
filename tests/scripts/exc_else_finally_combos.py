# try/except/else/finally combinations, with and without exceptions
def run(raise_it, handle=True):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError("boom")
        log.append("try-end")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def try_finally(flag):
    log = []
    try:
        try:
            log.append("inner")
            if flag:
                raise KeyError("k")
        finally:
            log.append("inner-finally")
    except KeyError:
        log.append("outer-except")
    return log
print(try_finally(False), try_finally(True))
def try_else(flag):
    log = []
    try:
        if flag:
            raise IndexError
    except IndexError:
        log.append("except")
    else:
        log.append("else")
    return log
print(try_else(False), try_else(True))
def else_raises():
    try:
        try:
            pass
        except ValueError:
            print("not here")
        else:
            raise TypeError("from else")
        finally:
            print("finally after else")
    except TypeError as e:
        print("caught", e)
else_raises()
def except_raises():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise KeyError("second")
        finally:
            print("finally after except raised")
    except KeyError as e:
        print("caught", repr(e))
except_raises()
def no_match():
    try:
        try:
            raise TypeError("t")
        except ValueError:
            print("no")
        else:
            print("no else")
        finally:
            print("finally runs on no match")
    except TypeError:
        print("outer got TypeError")
no_match()
def finally_raises():
    try:
        try:
            raise ValueError("lost")
        finally:
            raise RuntimeError("from finally")
    except Exception as e:
        print(type(e).__name__, e, type(e.__context__).__name__)
finally_raises()
