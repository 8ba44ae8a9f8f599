# close() runs try/finally in a suspended generator; no-ops when unstarted/exhausted
def with_finally(name):
    try:
        print(name, "started")
        yield 1
        yield 2
        yield 3
    finally:
        print(name, "finally ran")

g = with_finally("A")
print(next(g))
print(next(g))
print("closing A")
print("close returns", g.close())
print("next after close:", next(g, "exhausted"))
g.close()
print("second close is a no-op")

u = with_finally("B")
u.close()
print("closing an unstarted generator runs nothing; next ->", next(u, "exhausted"))

full = with_finally("C")
print(list(full))
full.close()
print("closing exhausted generator does nothing")

def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

n = nested_finally()
print(next(n))
n.close()

def loop_gen():
    for i in range(10):
        try:
            yield i
        finally:
            print("finally for", i)

lg = loop_gen()
for v in lg:
    print("got", v)
    if v == 2:
        break
print("loop broken, generator still suspended")
lg.close()
print("closed after break")
