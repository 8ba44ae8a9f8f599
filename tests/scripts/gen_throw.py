# gen.throw(): caught inside, uncaught, on fresh and exhausted generators
def resilient():
    n = 0
    while n < 500:
        try:
            yield n
        except ValueError as e:
            print("  gen caught ValueError:", e)
            n += 100
        except KeyError as e:
            print("  gen caught KeyError:", e)
            yield "recovering"
        n += 1
    return "end"
g = resilient()
print(next(g))
print("throw ValueError ->", g.throw(ValueError("v1")))
print("throw KeyError ->", g.throw(KeyError("k1")))
print("next ->", next(g))
print("throw class ->", g.throw(ValueError))
try:
    g.throw(ZeroDivisionError("zd"))
except ZeroDivisionError as e:
    print("propagated:", type(e).__name__, e)
print("after uncaught throw, next ->", next(g, "exhausted"))
fresh = resilient()
try:
    fresh.throw(ValueError("early"))
except ValueError as e:
    print("fresh generator does not catch:", type(e).__name__, e)
print(next(fresh, "fresh now exhausted"))
done = resilient()
print(list(done)[-2:])
try:
    done.throw(IndexError("late"))
except IndexError as e:
    print("exhausted generator re-raises:", type(e).__name__, e)
class MyErr(Exception):
    pass
def custom():
    try:
        yield "a"
    except MyErr as e:
        print("  custom caught", type(e).__name__, e.args)
        return "handled"
    except RuntimeError as e:
        raise TypeError("converted: " + str(e))
    yield "b"
c = custom()
print(next(c))
try:
    c.throw(MyErr("x", 2))
except StopIteration as e:
    print("StopIteration with value", e.value)
r = custom()
next(r)
try:
    r.throw(RuntimeError("orig"))
except TypeError as e:
    print(type(e).__name__, e)
