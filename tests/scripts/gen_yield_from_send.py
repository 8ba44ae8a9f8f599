# send/throw/close pass through yield from to the subgenerator
def inner():
    print("inner start")
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("inner caught ValueError", e)
            total = -1
            continue
        if x is None:
            break
        total += x
        print("inner total", total)
    return total * 100

def middle():
    print("middle start")
    result = yield from inner()
    print("middle got", result)
    yield "middle-after"
    return "middle-done"

g = middle()
print("next ->", next(g))
print("send 3 ->", g.send(3))
print("send 4 ->", g.send(4))
print("throw ->", g.throw(ValueError("bad")))
print("send 10 ->", g.send(10))
print("send None ->", g.send(None))
try:
    g.send("ignored")
except StopIteration as e:
    print("StopIteration", e.value)

def inner2():
    try:
        yield 1
        yield 2
    finally:
        print("inner2 finally")

def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 finally")

g = outer2()
print(next(g))
g.close()
print("closed")
g = outer2()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", type(e).__name__, e)
print(next(g, "exhausted"))
