# unpacking error messages
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
def u1():
    a, b = [1, 2, 3]
def u2():
    a, b, c = (1,)
def u3():
    a, b = "abc"
def u4():
    a, = []
def u5():
    a, b = {}
def u6():
    a, *b, c = [1]
def u7():
    (a, b), c = [1, 2], 3
    return a, b, c
def u8():
    (a, b), c = [1, 2, 3], 4
def u9():
    for x, y in [(1, 2), (3,)]:
        pass
def u10():
    a, b = range(10)
def u11():
    a, b = 1, 2, 3
def u12():
    [a, b] = "xy"
    return a, b
def u13():
    a, *b = 7
def u14():
    x, y = None
for f in [u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11, u12, u13, u14]:
    print(f.__name__, end=": ")
    show(f)
try:
    {k: v for k, v in ["ab", "c"]}
except ValueError as e:
    print("ValueError", e)
try:
    dict(["abc"])
except ValueError as e:
    print("ValueError", e)
