# Generators with closures, defaults, *args/**kwargs, nonlocal and globals
counter = 0

def make_gen(step):
    def gen(limit, *extra, scale=1, **opts):
        global counter
        x = 0
        while x < limit:
            counter += 1
            yield x * scale
            x += step
        for e in extra:
            yield e
        for k in sorted(opts):
            yield k + "=" + str(opts[k])
    return gen

g3 = make_gen(3)
print(list(g3(10)))
print(list(g3(7, "a", "b", scale=10, z=1, y=2)))
print("counter", counter)
def outer():
    log = []
    def logger():
        nonlocal log
        while True:
            item = yield len(log)
            log.append(item)
            if len(log) >= 3:
                log = log[1:]
    def get():
        return log
    return logger(), get
lg, get = outer()
print(next(lg))
for w in "abcde":
    print(w, lg.send(w), get())
# late binding: generator body sees variable at resume time
val = 1
def reads_global():
    yield val
    yield val
r = reads_global()
print(next(r))
val = 2
print(next(r))
def locals_survive():
    a = [1]
    yield a
    a.append(2)
    yield a
    b = a + [3]
    yield b
ls = locals_survive()
first = next(ls)
print(first, next(ls), first, next(ls))
gens = [(lambda k: (k * i for i in range(3)))(k) for k in range(3)]
print([list(g) for g in gens])
late = [(i for _ in range(2)) for i in range(3)]
print([list(g) for g in late])
