x = 1
def f():
    def g():
        nonlocal y
        y = 2
    return g
