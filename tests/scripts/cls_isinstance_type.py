# isinstance / issubclass with tuples, type(x), __class__.__name__
class A: pass
class B(A): pass
class C(B): pass
class D: pass
objs = [A(), B(), C(), D(), 1, 1.5, "s", True, None, [1], (1,), {1: 2}, {3}]
for o in objs:
    print(type(o).__name__, o.__class__.__name__, isinstance(o, (A, int)), isinstance(o, (str, list, D)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)))
print(issubclass(C, (D, A)), issubclass(D, (A, B)), issubclass(bool, int), issubclass(int, object))
print(issubclass(C, C), issubclass(A, object), isinstance(A(), object), isinstance(A, object))
print(type(C()) is C, type(C()) is B, type(C()) == C, type(1) is int, type(True) is bool)
print(type(A).__name__, type(len).__name__, type(None).__name__)
print(type(1)(5), type("x")(12), type([])(range(3)), type(B()).__name__)
t = type(C())
print(t.__name__, isinstance(t(), A))
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, (list, tuple)):
        return "seq" + str(len(x))
    if isinstance(x, A):
        return "A-family:" + type(x).__name__
    return "other"
print([kind(v) for v in [True, 3, 2.5, [1, 2], (), C(), D(), "q"]])
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, (ValueError, ArithmeticError)))
print(issubclass(IndexError, (KeyError,)), isinstance(KeyError(), (IndexError, LookupError)))
print(isinstance(3, ()), issubclass(B, ()))
class E(A):
    pass
print(B.__name__, E.__name__, [type(x).__name__ for x in (E(), A())])
