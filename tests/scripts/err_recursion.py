# ends with RecursionError from unbounded recursion
def down(n):
    return down(n + 1) + 1
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
print(bounded(100))
print(down(0))
