# NameError and AttributeError messages
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: undefined_thing)
show(lambda: undefined_func(1))
def uses_missing():
    return also_missing + 1
show(uses_missing)
show(lambda: (1).foo)
show(lambda: "s".foo)
show(lambda: [].push)
show(lambda: {}.append)
show(lambda: None.x)
show(lambda: (1, 2).append)
show(lambda: 1.5.nope)
show(lambda: True.nope)
class Foo:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
show(lambda: Foo().bar)
show(lambda: Foo.bar)
show(lambda: Foo().cls_attr)
f = Foo()
try:
    del f.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    f.method_missing()
except AttributeError as e:
    print("AttributeError", e)
try:
    "abc".upper().nope()
except AttributeError as e:
    print("AttributeError", e)
def shadow():
    print(local_later)
    local_later = 1
try:
    shadow()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print("NameError", e)
class Sub(Foo):
    pass
show(lambda: Sub().bar)
show(lambda: Sub().inst)
