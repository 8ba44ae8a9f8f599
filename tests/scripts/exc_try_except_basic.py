# try/except with builtin exception types
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, str(e))
        return None
print(safe_div(6, 3), safe_div(1, 0), safe_div(1.0, 0.0))
try:
    int("abc")
except ValueError as e:
    print(type(e).__name__, "|", e)
try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, "|", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(type(e).__name__, "|", e, "|", repr(str(e)))
try:
    "x" + 1
except TypeError as e:
    print(type(e).__name__, "|", e)
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, "|", e)
try:
    (5).missing
except AttributeError as e:
    print(type(e).__name__, "|", e)
try:
    10 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, "|", e)
try:
    7 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, "|", e)
try:
    print("no error here")
except ValueError:
    print("not printed")
print("end")
