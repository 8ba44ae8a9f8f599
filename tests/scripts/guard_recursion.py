# Recursive functions whose specialised call, arithmetic and comparison sites
# see new types part-way through (ints -> floats -> big ints -> user numbers),
# mutual recursion through rebound globals, and RecursionError caught and
# recovered from inside a loop.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(20)])
print(fib(18.0), fib(True), fib(2.5))


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


print(fact(20), fact(21), fact(25))       # crosses 2**63 inside the recursion
print(fact(10.0), fact(30) // fact(28))


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)

    def __le__(self, other):
        return self.v <= (other.v if isinstance(other, Num) else other)

    def __sub__(self, other):
        return Num(self.v - (other.v if isinstance(other, Num) else other))

    def __add__(self, other):
        if isinstance(other, Num):
            return Num(self.v + other.v)
        return Num(self.v + other)

    def __radd__(self, other):
        return Num(other + self.v)

    def __mul__(self, other):
        return Num(self.v * (other.v if isinstance(other, Num) else other))

    def __repr__(self):
        return "Num(" + repr(self.v) + ")"


print(fib(Num(12)), fact(Num(6)))
print(fib(15), fact(15))


# Mutual recursion through globals rebound between (and during) calls.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print([is_even(i) for i in range(10)], is_even(501))
real_is_odd = is_odd


def is_odd(n):
    return "patched"


print(is_even(10), is_even(0))
is_odd = real_is_odd
print(is_even(10))


# RecursionError caught inside a hot loop; the engine must keep working.
def down(n):
    return down(n + 1)


def probe(n):
    caught = 0
    for i in range(n):
        try:
            down(0)
        except RecursionError:
            caught += 1
        if fib(10) != 55:
            return "broken"
    return caught


print(probe(3))


def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


print(depth_sum(500), depth_sum(900))


# Recursive tree building and walking with varying node types.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


def tree_sum(t):
    if t is None:
        return 0
    return t.value + tree_sum(t.left) + tree_sum(t.right)


def tree_height(t):
    if t is None:
        return 0
    return 1 + max(tree_height(t.left), tree_height(t.right))


t = build(1, 1000)
print(tree_sum(t), tree_height(t))
t.left.value = 0.5
t.right.right.value = 2 ** 70
print(tree_sum(t))
t.right.left.value = "x"
try:
    tree_sum(t)
except TypeError as e:
    print("TypeError:", e)


# Recursion with default arguments, closures and a memo dict.
def memo_fib(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    memo[n] = r
    return r


print(memo_fib(90), memo_fib(150))


def make_counter():
    count = 0

    def walk(n):
        nonlocal count
        count += 1
        if n > 0:
            walk(n - 1)
            walk(n // 2)
    return walk, lambda: count


walk, get = make_counter()
walk(12)
print(get())


# Ackermann-style deep recursion with mixed arities through *args.
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def apply(f, *args):
    return f(*args)


print([apply(ack, 2, i) for i in range(5)], ack(3, 3))


def hanoi(n, a, b, c, moves):
    if n == 0:
        return
    hanoi(n - 1, a, c, b, moves)
    moves.append((a, c))
    hanoi(n - 1, b, a, c, moves)


mv = []
hanoi(10, "A", "B", "C", mv)
print(len(mv), mv[:3], mv[-1])
