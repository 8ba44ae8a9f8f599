# GeneratorExit inside generators: catch and re-raise, swallow, ignore, replace
def catches_exit():
    try:
        yield "x"
    except GeneratorExit as e:
        print("caught", type(e).__name__, repr(str(e)))
        raise
    finally:
        print("cleanup")

c = catches_exit()
print(next(c))
c.close()
print("c closed; next ->", next(c, "exhausted"))
def swallow_and_return():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit, returning instead")
        return "value-ignored"
s = swallow_and_return()
next(s)
s.close()
print("s closed; next ->", next(s, "exhausted"))
def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield "second"
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print("stubborn next ->", next(st, "exhausted now"))
def raise_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
ro = raise_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(GeneratorExit(), Exception), isinstance(GeneratorExit(), BaseException))
def not_caught_by_exception():
    try:
        yield 1
    except Exception:
        print("never: GeneratorExit is not an Exception")
    finally:
        print("finally only")
nc = not_caught_by_exception()
next(nc)
nc.close()
print("end")
