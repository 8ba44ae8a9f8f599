# recursion: fib, ackermann, hanoi
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
print(fib(20))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
print(len(moves), moves)
moves.clear()
hanoi(10, "A", "C", "B")
print(len(moves), moves[:3], moves[-1])
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def depth(lst):
    if not isinstance(lst, list):
        return 0
    return 1 + max([depth(x) for x in lst], default=0)
print(depth([1, [2, [3, [4]]]]), depth([]), depth(5))
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, (3, [4, 5]), []], [[6]]]))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
