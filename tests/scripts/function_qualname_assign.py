def f(): pass
f.__qualname__ = "A.f"
print(f.__qualname__, f.__name__, repr(f).split(" at ")[0])
try:
    f.__qualname__ = 5
except TypeError as e:
    print(e)
print(list.__hash__ is None, dict.__hash__, set.__hash__, tuple.__hash__ is None, int.__hash__ is None)
def g(a): pass
g.__qualname__ = "X.g"
try:
    g()
except TypeError as e:
    print(e)
