# ZeroDivisionError messages for int, float, modulo, divmod, pow
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: 1 / 0.0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0.0)
show(lambda: divmod(1, 0))
show(lambda: divmod(1.0, 0))
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -2)
show(lambda: 10 ** 30 // 0)
show(lambda: 10 ** 30 % 0)
show(lambda: 10 ** 30 / 0)
show(lambda: True / False)
show(lambda: pow(0, -1))
x = 5
try:
    x /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    x //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    x %= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(0 / 1, 0.0 / -1, -0.0 // 1)
