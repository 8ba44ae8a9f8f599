# name resolution: local, enclosing, global, builtin
x = "global"
def read_global():
    return x
def shadow_local():
    x = "local"
    return x
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(read_global(), shadow_local(), enclosing(), x)
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
max_val = max
def use_alias():
    return max_val(3, 9)
print(use_alias())
def param_shadows(x):
    return x * 2
print(param_shadows(21), x)
def loop_scope():
    for k in range(3):
        pass
    return k
print(loop_scope())
def cond_define(flag):
    if flag:
        y = "set"
    else:
        y = "unset"
    return y
print(cond_define(True), cond_define(False))
def counter_factory():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
up, down = counter_factory()
print(up(), up(), down(), up())
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner()
    return mid()
print(outer())
g = 5
def modify_list_global():
    lst_g.append(g)
lst_g = []
modify_list_global()
print(lst_g)
