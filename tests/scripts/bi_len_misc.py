# len, callable, iter/next defaults, id-free identity checks, repr of builtins
print(len(""), len("héllo"), len([1, [2, 3]]), len((1,)), len({1: 2, 3: 4}), len({1, 1, 2}), len(range(0, 10, 3)))
print(len(range(10, 0)), len(range(-5, 5, 2)), len("\n\t"), len(str(2 ** 100)))
class Sized:
    def __len__(self):
        return 3
print(len(Sized()))
for bad in [5, 2.5, None, True]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
print(callable(len), callable(print), callable("x"), callable(lambda: 0), callable(int), callable(Sized), callable(Sized()))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(repr(None), repr(True), repr(1.0), repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\t\\"))
print(str(print) == repr(print), type(print).__name__, type(iter([])).__name__)
print(isinstance(range(3), range), type(range(3)).__name__, range(3) == range(0, 3), range(0) == range(5, 2))
