"""Classic recursive algorithms."""

memo = {}


def fib(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result


def fib_closure():
    cache = {0: 0, 1: 1}

    def f(n):
        if n not in cache:
            cache[n] = f(n - 1) + f(n - 2)
        return cache[n]

    return f


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def subsets(items):
    if not items:
        return [[]]
    first, *rest = items
    without = subsets(rest)
    return without + [[first] + s for s in without]


def n_queens(n):
    solutions = []
    cols = [0] * n

    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            place(row + 1, used_cols | {c}, diag1 | {row - c}, diag2 | {row + c})

    place(0, frozenset() if False else set(), set(), set())
    return solutions


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves


def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))


def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0


print(fib(90), fib(200), len(memo))
f = fib_closure()
print(f(300), f(10))
perms = permutations([1, 2, 3])
print(len(perms), perms, len(permutations(list("abcde"))))
print(["".join(p) for p in permutations(list("abc"))])
print(subsets([1, 2, 3]), len(subsets(list(range(10)))))
sols = n_queens(6)
print(len(sols), sols, len(n_queens(8)))
for row in sols[0]:
    print(" ".join("Q" if c == row else "." for c in range(6)))
moves = hanoi(4, "A", "C", "B", [])
print(len(moves), moves[:5])
print(flatten([1, [2, [3, (4, 5)], []], [[[6]]], "str"]))
print(ackermann(2, 3), partitions(15), depth([1, [2, [3, []]], []]))


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


print(count_down(900))
try:
    count_down(100000)
except RecursionError as e:
    print("RecursionError:", e)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50), [gcd(n, 12) for n in range(1, 13)])
