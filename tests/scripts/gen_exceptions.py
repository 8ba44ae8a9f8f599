# Exceptions raised inside generator bodies and yields in try blocks
def fragile(items):
    for x in items:
        print("  processing", x)
        yield 10 // x

g = fragile([5, 2, 0, 1])
results = []
try:
    for v in g:
        results.append(v)
except ZeroDivisionError as e:
    print(type(e).__name__, e, results)
print("generator finished after error:", next(g, "exhausted"))

def safe(items):
    for x in items:
        try:
            r = 10 // x
        except ZeroDivisionError as e:
            yield "error: " + str(e)
        else:
            yield r
        finally:
            print("  safe finally", x)
print(list(safe([2, 0, 3])))

def try_in_loop():
    for i in range(4):
        try:
            if i == 2:
                continue
            yield i
            if i == 3:
                break
        finally:
            print("  loop finally", i)
    yield "after loop"
print(list(try_in_loop()))

def raises_after_yield():
    yield 1
    raise KeyError("missing")
r = raises_after_yield()
try:
    print(list(r))
except KeyError as e:
    print("list() propagated", type(e).__name__, e)
def ret_in_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("  finally before return value delivered")
g = ret_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
