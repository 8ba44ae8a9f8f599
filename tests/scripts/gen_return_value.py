# return value inside a generator becomes StopIteration.value
def gen_ret(n):
    for i in range(n):
        yield i
    return "result-" + str(n)

g = gen_ret(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args, "str:", str(e))

def gen_none():
    yield 1
g = gen_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args, "str:", repr(str(e)))
def gen_tuple():
    yield "x"
    return (1, 2)
g = gen_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print("tuple value:", e.value, e.args)
# return value is discarded by for-loops and list()
print(list(gen_ret(3)))
total = 0
for v in gen_ret(4):
    total += v
print("total", total)
# return in the middle stops iteration
def early(limit):
    n = 0
    while True:
        if n >= limit:
            return n * 10
        yield n
        n += 1
print(list(early(3)))
g = early(0)
try:
    next(g)
except StopIteration as e:
    print("immediate return value", e.value)
# manual driver collecting return value
def drive(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value
print(drive(gen_ret(5)))
print(drive(early(2)))
