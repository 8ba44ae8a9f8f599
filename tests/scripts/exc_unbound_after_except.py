# the 'as' name is deleted at the end of the except block
e = "preexisting"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
def f():
    try:
        raise KeyError("k")
    except KeyError as err:
        saved = err
    try:
        return err
    except NameError as ne:
        return "NameError in function: " + str(ne)
print(f())
def g():
    try:
        raise KeyError("k")
    except KeyError as err:
        saved = err
    return repr(saved)
print(g())
try:
    pass
except Exception as never:
    pass
try:
    never
except NameError as ne:
    print("NameError", ne)
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_e:
        last = loop_e
print(repr(last))
try:
    loop_e
except NameError as ne:
    print("NameError", ne)
def h():
    try:
        raise ValueError("v")
    except ValueError as exc:
        pass
    try:
        print(exc)
    except UnboundLocalError as ue:
        print(type(ue).__name__, ue)
    except NameError as ne:
        print(type(ne).__name__, ne)
h()
