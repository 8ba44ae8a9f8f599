# yield as an expression and values sent with .send().
def echo():
    print("echo started")
    received = None
    while True:
        received = yield received
        print("echo received", repr(received))
        if received == "stop":
            return "stopped!"

e = echo()
print("first send None ->", e.send(None))
print("send 1 ->", e.send(1))
print("send 'abc' ->", e.send("abc"))
print("next ->", next(e))
print("send [1,2] ->", e.send([1, 2]))
try:
    e.send("stop")
except StopIteration as ex:
    print("StopIteration value:", ex.value)

def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 60, 5, 5]:
    print("avg after", v, "=", a.send(v))

fresh = echo()
try:
    fresh.send(42)
except TypeError as ex:
    print(type(ex).__name__, ex)
print("after failed send:", fresh.send(None))

def acc():
    x = yield 1
    y = yield x * 2
    z = yield (x, y)
    print("sum", x + y + z)
    yield x + y + z

g = acc()
print(next(g), g.send(5), g.send(7), g.send(100))
try:
    g.send(0)
except StopIteration as ex:
    print(type(ex).__name__, repr(ex.value))
print("end")
