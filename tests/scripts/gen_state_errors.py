# Generator state errors: already executing, repeated next on exhausted generator
def selfish():
    print("selfish running")
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print("after error:", next(me, "exhausted"))

def sender():
    yield 1
    g2.send(None)
    yield 2

g2 = sender()
print(next(g2))
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)
print("sender after error:", next(g2, "exhausted"))

def short():
    yield "only"

s = short()
print(next(s))
for attempt in range(3):
    try:
        next(s)
    except StopIteration as e:
        print("attempt", attempt, type(e).__name__, repr(e.value))
print(next(s, None), next(s, 0), list(s))

def thrower():
    yield 1
    g3.throw(KeyError("inner"))

g3 = thrower()
next(g3)
try:
    next(g3)
except ValueError as e:
    print("throw while running:", type(e).__name__, e)
except KeyError as e:
    print("unexpected KeyError", e)
