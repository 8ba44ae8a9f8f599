# yield from: delegation to lists, ranges, strings, iterators, subgenerators
def from_list():
    yield from [1, 2, 3]
    yield from (4, 5)
    yield from range(6, 9)
    yield from "ab"
    yield from iter([10, 11])
    yield from {"k1": 1, "k2": 2}
    yield from []

print(list(from_list()))

def sub(tag, n):
    print("sub", tag, "start")
    for i in range(n):
        yield tag + str(i)
    print("sub", tag, "end")
    return tag.upper() * n

def outer():
    r1 = yield from sub("a", 2)
    print("r1 =", r1)
    r2 = yield from sub("b", 0)
    print("r2 =", repr(r2))
    r3 = yield from [7, 8]
    print("r3 =", r3)
    r4 = yield from sub("c", 3)
    print("r4 =", r4)
    return r1 + r4
g = outer()
for x in g:
    print("got", x)
g = outer()
while True:
    try:
        v = next(g)
    except StopIteration as e:
        print("outer returned", e.value)
        break
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1], range(3), "xy", (i * i for i in range(4)))))
def gen_expr_delegate():
    yield from (c.upper() for c in "hey")
    yield from map(lambda v: v * 3, [1, 2])
    yield from filter(None, [0, 5, 0, 6])
    yield from zip("ab", [1, 2])
    yield from enumerate("pq")
    yield from reversed([1, 2, 3])
print(list(gen_expr_delegate()))
# send into a list-delegating generator: non-None send fails
def over_list():
    yield from [1, 2, 3]
g = over_list()
print(next(g))
try:
    g.send(99)
except AttributeError as e:
    print(type(e).__name__, e)
