# and/or returning operands, not, truthiness
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' or [] or 0)
print([] and 'x', [1] and 'x', 'a' or 'b', False or None)
print(not 0, not 1, not '', not 'x', not [], not [0], not None, not {}, not {0: 0})
print(bool(0), bool(0.0), bool(-0.0), bool(''), bool(' '), bool(()), bool((0,)))
print(bool(range(0)), bool(range(1)), bool(set()), bool({1}), bool(None))
print(bool(float('nan')), bool(10 ** 100), bool(-1))
def t(x):
    print("eval", x)
    return x
r = t(0) and t(1)
print("r =", r)
r = t(1) and t(2)
print("r =", r)
r = t(0) or t(0.0) or t('') or t('last')
print("r =", r)
r = t(5) or t(6)
print("r =", r)
print(True and False or True, True or False and False, not True or True)
print((1 and 0) or (2 and 3))
x = 5
print(x > 3 and x < 10, x > 3 and 'big' or 'small', x < 3 and 'big' or 'small')
v = None
print(v or [])
name = ''
print(name or "anonymous")
print(True == 1, False == 0, True is True, type(True))
print(True + True + True, -True, True * 3.5, bool("False"))
print(str(True), repr(False), int(True), float(False))
