# Recursive functions hot enough to be compiled: fib, a small Ackermann,
# mutual recursion, recursion with accumulators, and recursive functions
# whose argument types change after they are hot.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", [fib(i) for i in range(12)], fib(20))
print("fib float", fib(15.0), "fib bool", fib(True))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print("ack", [ack(m, n) for m in range(3) for n in range(4)], ack(2, 3), ack(3, 3))


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print("mutual", [is_even(k) for k in range(8)], is_even(400), is_odd(399))


def sum_to(n, acc):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)


total = 0
for k in range(60):
    total += sum_to(k * 5, 0)
print("sum_to", total, sum_to(500, 0), sum_to(300, 0.5), sum_to(90, 2 ** 63))


def power_set_count(xs, i):
    if i == len(xs):
        return 1
    return power_set_count(xs, i + 1) + power_set_count(xs, i + 1)


print("power_set_count", power_set_count([1] * 11, 0))


def hanoi(n, a, b, c, moves):
    if n == 0:
        return
    hanoi(n - 1, a, c, b, moves)
    moves.append((a, c))
    hanoi(n - 1, b, a, c, moves)


mv = []
hanoi(11, "A", "B", "C", mv)
print("hanoi", len(mv), mv[:3], mv[-3:])


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


g = 0
for i in range(1, 1500):
    g += gcd(i * 12, 360)
print("gcd", g, gcd(2 ** 80, 6 ** 40), gcd(12.0, 18))


def depth(tree):
    if tree is None:
        return 0
    return 1 + max(depth(tree[0]), depth(tree[1]))


def build(n):
    if n == 0:
        return None
    return (build(n - 1), build(n // 2))


print("depth", depth(build(12)))


def flatten(x, out):
    if isinstance(x, list):
        for y in x:
            flatten(y, out)
    else:
        out.append(x)
    return out


nested = [1, [2, [3, [4, [5]]]], [[6, 7], 8]] * 150
flat = flatten(nested, [])
print("flatten", len(flat), sum(flat), flat[:9])


def count_down_types(n):
    if n <= 0:
        return n
    return count_down_types(n - 1)


for v in (800, 300.5, 10, True, -3):
    print("count_down_types", repr(v), repr(count_down_types(v)))


def string_rec(s):
    if len(s) <= 1:
        return s
    return string_rec(s[1:]) + s[0]


print("string_rec", string_rec("abcdefghij" * 10)[:15])


def make_counter():
    calls = [0]

    def rec(n):
        calls[0] += 1
        if n < 2:
            return 1
        return rec(n - 1) + rec(n - 2)

    return rec, calls


r, calls = make_counter()
print("closure rec", r(16), calls[0])
