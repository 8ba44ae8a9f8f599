# ends with RecursionError from unbounded recursion
def down(n):
    return down(n + 1) + 1
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
print(bounded(100))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(400))
print(down(0))
