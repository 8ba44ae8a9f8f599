# An exception inside a generator expression: the traceback shows the <genexpr> frame.
def ratios(xs):
    return [r for r in (10 / x for x in xs)]
print(ratios([1, 2, 5]))
print(ratios([1, 0]))
