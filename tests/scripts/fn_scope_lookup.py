# LEGB scope lookup: local, enclosing, global, builtin; shadowing builtins
x = "global x"
def f():
    return x
def g():
    x = "local x"
    return x
def h():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(f(), g(), h(), x)
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
max = "shadowed"
print(max)
del max
print(max(1, 2))
def param_shadow(x):
    return x
print(param_shadow("param"), x)
def uses_later_global():
    return later_defined * 2
later_defined = 21
print(uses_later_global())
def nested_defaults():
    y = 5
    def inner(z=y):
        return z
    y = 6
    return inner()
print(nested_defaults())
def loop_var_after():
    for i in range(3):
        pass
    return i
print(loop_var_after())
def cond_local(flag):
    if flag:
        v = "set"
    try:
        return v
    except UnboundLocalError:
        return "unbound"
print(cond_local(True), cond_local(False))
def name_error():
    try:
        return totally_missing_name
    except NameError as e:
        return str(e)
print(name_error())
class Scope:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)
print(Scope().method())
