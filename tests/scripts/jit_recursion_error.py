# Unbounded recursion in functions that are hot, caught as RecursionError
# (inside loops, inside callers, via mutual recursion and via methods), after
# which the engine must keep working normally, including further recursion.


def down(n):
    return down(n + 1) + 1


def describe(e):
    return type(e).__name__ + " " + str("maximum recursion depth exceeded" in str(e))


def probe(times):
    caught = 0
    for i in range(times):
        try:
            down(0)
        except RecursionError as e:
            caught += 1
            if i == 0:
                print("  first:", describe(e))
    return caught


print("probe", probe(4))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib after", fib(18))


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RecursionError as e:
    print("mutual", describe(e))
print("fib after mutual", fib(15))


class Tree:
    def __init__(self):
        self.child = None

    def size(self):
        return 1 + (self.child.size() if self.child is not None else 0)


def chain(n):
    root = Tree()
    cur = root
    for _ in range(n):
        cur.child = Tree()
        cur = cur.child
    return root


print("chain ok", chain(300).size())
cyc = Tree()
cyc.child = cyc
try:
    cyc.size()
except RecursionError as e:
    print("method", describe(e))
cyc.child = None
print("chain ok again", chain(400).size())


def limited(n, limit):
    if n >= limit:
        return n
    return limited(n + 1, limit)


results = []
for lim in (100, 200, 100000, 300, 100000, 400):
    try:
        results.append(limited(0, lim))
    except RecursionError:
        results.append("RecursionError")
print("limited", results)


def catch_inside(n):
    try:
        return catch_inside(n + 1)
    except RecursionError:
        return n


d = catch_inside(0)
print("catch_inside deep", d > 100)


def recurse_with_finally(n, log):
    try:
        return recurse_with_finally(n + 1, log)
    finally:
        log[0] += 1


log = [0]
try:
    recurse_with_finally(0, log)
except RecursionError:
    print("finally ran", log[0] > 100)


def accumulate(n):
    total = 0
    for i in range(n):
        total += limited(0, 50)
    return total


print("accumulate after errors", accumulate(1500))
try:
    down(0)
except RecursionError as e:
    print("again", describe(e))
print("done", fib(12), limited(0, 500))
