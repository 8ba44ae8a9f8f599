# A hot loop calling a global function that is rebound mid-loop (by the loop
# itself, by a callee, via globals declared in another function), and a hot
# loop reading global variables that are rebound or change type.


def square(x):
    return x * x


def cube(x):
    return x * x * x


def call_rebound(n):
    global square
    original = square
    total = 0
    for i in range(n):
        if i == 2000:
            square = cube
        elif i == 2500:
            square = lambda x: -x
        total += square(i % 10)
    square = original
    return total


print("call_rebound", call_rebound(3000))
print("square restored", square(7))


def swapper():
    global step
    step = step_two


def step_one(x):
    return x + 1


def step_two(x):
    return x + 2


step = step_one


def rebound_by_callee(n):
    x = 0
    for i in range(n):
        x = step(x)
        if i == 1800:
            swapper()
    return x


print("rebound_by_callee", rebound_by_callee(2400))
step = step_one
print("rebound_by_callee again", rebound_by_callee(1000))

SCALE = 3
OFFSET = 0


def read_globals(n):
    global SCALE, OFFSET
    acc = 0
    for i in range(n):
        if i == 1600:
            SCALE = 2.5
        elif i == 2000:
            OFFSET = 1000
        elif i == 2400:
            SCALE = 3
        acc += i * SCALE + OFFSET
    return acc


print("read_globals", read_globals(2800))
print("globals now", SCALE, OFFSET)


def read_global_other_func():
    return LIMIT


LIMIT = 10


def set_limit(v):
    global LIMIT
    LIMIT = v


def loop_global_set_elsewhere(n):
    hits = 0
    for i in range(n):
        if i % 100 < read_global_other_func():
            hits += 1
        if i == 1500:
            set_limit(50)
        elif i == 2500:
            set_limit("x")
            break
    return hits


print("loop_global_set_elsewhere", loop_global_set_elsewhere(3000))
try:
    print(loop_global_set_elsewhere(10))
except TypeError as e:
    print("TypeError", e)
LIMIT = 10


def deleted_global(n):
    global TEMP
    TEMP = 1
    s = 0
    for i in range(n):
        if i == 1700:
            del TEMP
        try:
            s += TEMP
        except NameError as e:
            print("  NameError:", e)
            TEMP = 5
    return s


print("deleted_global", deleted_global(2200))


def make_adder(k):
    def add(x):
        return x + k
    return add


op = make_adder(1)


def closure_global(n):
    global op
    t = 0
    for i in range(n):
        if i == 1900:
            op = make_adder(100)
        elif i == 2100:
            op = str
        v = op(i)
        t += v if isinstance(v, int) else len(v)
    return t


print("closure_global", closure_global(2500))


def recursive_rebind(n):
    return n if n < 2 else fibber(n - 1) + fibber(n - 2)


fibber = recursive_rebind
print("fibber", [fibber(i) for i in range(15)])
fibber = lambda n: 1
print("fibber rebound", recursive_rebind(10), recursive_rebind(1))
fibber = recursive_rebind
print("fibber restored", recursive_rebind(16))


def global_counter():
    global COUNT
    COUNT += 1


COUNT = 0
for _ in range(2500):
    global_counter()
    if COUNT == 2000:
        COUNT = 2000.0
print("COUNT", COUNT)
