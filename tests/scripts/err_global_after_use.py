def f():
    g = 1
    print(g)
    global g
