# ArithmeticError catches ZeroDivisionError and OverflowError
import math
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except ArithmeticError as e:
        print(label, type(e).__name__, e)

attempt("int div", lambda: 1 // 0)
attempt("int truediv", lambda: 1 / 0)
attempt("int mod", lambda: 5 % 0)
attempt("float div", lambda: 1.0 / 0.0)
attempt("float floordiv", lambda: 2.5 // 0)
attempt("float mod", lambda: 2.5 % 0.0)
attempt("divmod", lambda: divmod(7, 0))
attempt("float pow overflow", lambda: 10.0 ** 400)
attempt("exp overflow", lambda: math.exp(1000))
attempt("int to float", lambda: float(10 ** 400))
attempt("zero neg pow", lambda: 0 ** -1)
attempt("zero neg pow float", lambda: 0.0 ** -1)
attempt("fine", lambda: 2 ** 100)
attempt("big int div", lambda: 10 ** 30 / 0)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(ArithmeticError, Exception), issubclass(ZeroDivisionError, ValueError))
try:
    raise ArithmeticError("generic")
except ZeroDivisionError:
    print("wrong")
except ArithmeticError as e:
    print("ArithmeticError", e)
total = 0
for d in [1, 0, 2, 0, 4]:
    try:
        total += 8 // d
    except ArithmeticError:
        total += 100
print(total)
