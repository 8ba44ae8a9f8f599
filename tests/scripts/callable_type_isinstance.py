# type(), isinstance, callable
vals = [1, 1.5, True, None, "s", [1], (1,), {1: 2}, {1}, range(3), len, lambda: 0]
for v in vals:
    print(type(v))
def f():
    pass
print(type(f), type(print), type(abs))
print(type(type(1)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance(True, bool), isinstance(1, bool), isinstance("x", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(1, (str, int)), isinstance(1.0, (str, int)), isinstance("a", (list, tuple, str)))
print(isinstance(None, (int, float)), isinstance(range(1), range))
print(callable(f), callable(len), callable(1), callable("x"), callable(lambda: 1), callable(int))
print(callable(None), callable([].append), callable(str.upper))
print(type(1) == int, type(True) == int, type(True) is bool, type(1.0) is float)
print(type([]) is list, type(()) == tuple, type("") is str)
print(type(1)(5), type("a")(12), type([])((1, 2)), type(1.0)("2.5"))
print(str(type(None)), repr(type(3)))
print(isinstance(type(1), type), type(type(1)) is type)
