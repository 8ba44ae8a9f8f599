# 'X' object is not subscriptable / not callable / not iterable
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 5[0])
show(lambda: 5.5[0])
show(lambda: None[0])
show(lambda: True[0])
show(lambda: len[0])
show(lambda: 5())
show(lambda: "s"())
show(lambda: None())
show(lambda: [1]())
show(lambda: (1, 2)())
show(lambda: {}())
show(lambda: list(5))
show(lambda: [x for x in 5])
show(lambda: sum(5))
show(lambda: sorted(None))
show(lambda: iter(1.5))
show(lambda: next([1]))
show(lambda: max(7))
show(lambda: dict(3))
show(lambda: tuple(True))
show(lambda: set(2.0))
show(lambda: "".join(5))
class Plain:
    pass
show(lambda: Plain()[0])
show(lambda: Plain()())
show(lambda: list(Plain()))
show(lambda: len(Plain()))
def unpack():
    a, b = 5
show(unpack)
def for_loop():
    for x in None:
        pass
show(for_loop)
x = 10
try:
    x[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del x[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError", e)
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
