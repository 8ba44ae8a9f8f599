# Tier-1 guard failures on LOAD_GLOBAL: globals and builtins are cached keyed on
# the dict versions; rebinding a global, shadowing a builtin with a global and
# deleting it again, and adding/removing unrelated globals mid-loop must all be seen.

SCALE = 2


def scaled(x):
    return x * SCALE


def run_scaled(n):
    total = 0
    trace = []
    global SCALE
    for i in range(n):
        if i == 300:
            SCALE = 3
        elif i == 600:
            SCALE = 0.5
        elif i == 900:
            SCALE = "s"
        elif i == 901:
            SCALE = 2
        r = scaled(i)
        if isinstance(r, str):
            trace.append((r[:3], len(r)))
        else:
            total += r
            if i % 150 == 0:
                trace.append(r)
    return total, trace


print(run_scaled(1200))


# A builtin shadowed by a module global, then deleted with `del`, mid-loop.
def sizes(items):
    return [len(x) for x in items]


def measure(n):
    global len
    out = []
    for i in range(n):
        if i == 200:
            def len(x):
                return -1
        if i == 400:
            del len
        if i == 600:
            len = lambda x: 1000
        if i == 700:
            del len
        s = len("abcd") + len([i] * (i % 3))
        if i % 50 == 0:
            out.append(s)
    return out


print(measure(800))
print(sizes(["a", "bb", [1, 2, 3]]))


# min/max shadowed from inside another function via `global`.
def pick(xs):
    return min(xs), max(xs)


def shadow_min():
    global min
    min = lambda xs: "shadowed"


def unshadow_min():
    global min
    del min


results = []
for i in range(500):
    if i == 100:
        shadow_min()
    if i == 250:
        unshadow_min()
    if i % 50 == 0:
        results.append(pick([i, 3, 7]))
print(results)

try:
    unshadow_min()
except NameError as e:
    print("NameError:", e)


# A global that disappears and comes back: NameError caught inside the loop.
THING = 1


def read_thing():
    return THING


def flicker(n):
    global THING
    seen = []
    errors = 0
    for i in range(n):
        if i % 100 == 50:
            del THING
        if i % 100 == 60:
            THING = i
        try:
            v = read_thing()
        except NameError as e:
            errors += 1
            if errors == 1:
                print("NameError:", e)
            continue
        if i % 25 == 0:
            seen.append(v)
    return errors, seen


print(flicker(500))


# Unrelated globals added mid-loop change the dict version but not the values.
def read_two():
    return SCALE + THING


def churn(n):
    global EXTRA_A, EXTRA_B, EXTRA_C
    out = []
    for i in range(n):
        if i == 37:
            EXTRA_A = i
        if i == 74:
            EXTRA_B = i
        if i == 111:
            del EXTRA_A
        if i == 148:
            EXTRA_C = i
        if i % 50 == 0:
            out.append(read_two())
    return out


print(churn(400))
print(EXTRA_B, EXTRA_C)


# A global function rebound between calls of a hot caller.
def helper(x):
    return x + 1


def caller(n):
    acc = []
    for i in range(n):
        acc.append(helper(i))
    return acc[-1], len(acc)


print(caller(300))


def helper(x):
    return x * 100


print(caller(300))
helper = len
try:
    caller(5)
except TypeError as e:
    print("TypeError:", e)
helper = str
print(caller(300))


# Builtins module attributes looked up through a global that becomes a local
# class with the same name.
def convert(xs):
    return [int(x) for x in xs]


print(convert(["1", "22", "333"] * 100)[-3:])


class int:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "int<" + repr(self.v) + ">"


print(convert(["1", "22"]))
del int
print(convert(["4", "5"]), int("7") + 1)
