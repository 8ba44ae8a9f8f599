# Recursive functions compiled after many calls with int arguments whose
# argument types then change between calls (float, big int, bool, str),
# including changes in the middle of one recursion (an int call recursing
# into a float call), so compiled frames and interpreted frames of the same
# function are on the stack together.


def show(label, v):
    print(label, type(v).__name__, repr(v))


def fact(n):
    if n <= 1:
        return n if n == n // 1 else 1
    return n * fact(n - 1)


t = 0
for i in range(300):
    t += fact(i % 20)
print("fact warm", t)
show("fact float", fact(10.0))
show("fact 30", fact(30))
show("fact big start", fact(2 ** 64 - (2 ** 64 - 25)))
show("fact 1.5", fact(5.5))
show("fact True", fact(True))
show("fact int again", fact(20))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


show("fib int", fib(16))
show("fib float", fib(16.0))
show("fib bool", fib(True))
show("fib int again", fib(15))


def mixed_depth(n, x, log):
    # the argument type changes every few levels of one recursion
    log.append(type(x).__name__[0])
    if n == 0:
        return x
    if n % 5 == 0:
        x = x * 0.5
    elif n % 7 == 0:
        x = int(x) + 2 ** 64
    elif n % 11 == 0:
        x = x > 0
    elif n % 13 == 0:
        x = int(x) % 1000
    else:
        x = x + 1
    return mixed_depth(n - 1, x, log)


for start in [0, 1.0, 2 ** 70, True, -5]:
    log = []
    show("mixed_depth " + repr(start), mixed_depth(400, start, log))
    print("  types", "".join(log[:60]), "".join(log[-20:]))


def walk(obj, depth):
    # arg is a list, tuple, int, str, float depending on the level
    if type(obj) is int:
        return obj * depth
    if type(obj) is float:
        return obj + depth
    if type(obj) is str:
        return len(obj) + depth
    s = 0
    for item in obj:
        s = s + walk(item, depth + 1)
    return s


tree = [1, [2, 3.5, "abc", (4, [5, 6.25])], list(range(1500)), ("xy", [2 ** 64, [0.5]])]
show("walk", walk(tree, 0))
show("walk flat ints", walk(list(range(2000)), 1))
show("walk flat floats", walk([k * 0.5 for k in range(2000)], 1))


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


g = 0
for i in range(1, 1500):
    g += gcd(i * 7, 91)
print("gcd warm", g)
show("gcd big", gcd(2 ** 100, 6 ** 40))
show("gcd float", gcd(12.0, 18))
show("gcd bool", gcd(True, 5))
show("gcd mixed", gcd(10 ** 30 + 7, 12345678901234567))
show("gcd int again", gcd(48, 180))


def ackermann_small(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann_small(m - 1, 1)
    return ackermann_small(m - 1, ackermann_small(m, n - 1))


show("ackermann 2,3", ackermann_small(2, 3))
show("ackermann 2,3.0", ackermann_small(2, 3.0))
show("ackermann 2,True", ackermann_small(2, True))
show("ackermann 2,5", ackermann_small(2, 5))


def power(base, e):
    if e == 0:
        return base * 0 + 1
    h = power(base, e // 2)
    return h * h * (base if e % 2 else 1)


show("power int", power(3, 40))
show("power overflow", power(3, 45))
show("power float", power(1.5, 30))
show("power big", power(2 ** 40, 5))
show("power int again", power(7, 13))
