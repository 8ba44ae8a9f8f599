def o():
    x = 1
    def f():
        x = 2
        print(x)
        nonlocal x
    f()
o()
