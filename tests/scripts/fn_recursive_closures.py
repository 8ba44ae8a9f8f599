# nested recursive functions and memoization held in closures
def make_fib():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib, memo
fib, memo = make_fib()
print(fib(90), len(memo))
def count_paths(rows, cols):
    cache = {}
    def go(r, c):
        if r == rows - 1 or c == cols - 1:
            return 1
        key = (r, c)
        if key not in cache:
            cache[key] = go(r + 1, c) + go(r, c + 1)
        return cache[key]
    return go(0, 0)
print(count_paths(3, 3), count_paths(10, 10), count_paths(17, 17))
def subsets(items):
    out = []
    def walk(i, cur):
        if i == len(items):
            out.append(list(cur))
            return
        walk(i + 1, cur)
        cur.append(items[i])
        walk(i + 1, cur)
        cur.pop()
    walk(0, [])
    return out
print(subsets([1, 2, 3]))
def tree_sum(tree):
    total = 0
    def visit(node):
        nonlocal total
        if isinstance(node, int):
            total += node
        else:
            for ch in node:
                visit(ch)
    visit(tree)
    return total
print(tree_sum([1, [2, 3, [4]], [[5]], 6]))
def collatz_len():
    cache = {1: 1}
    def length(n):
        if n in cache:
            return cache[n]
        r = 1 + length(n // 2 if n % 2 == 0 else 3 * n + 1)
        cache[n] = r
        return r
    return length
L = collatz_len()
print(max(range(1, 3000), key=L), L(27))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
