# Bound special methods of built-in types, e.g. as key functions.
d = {"a": 3, "b": 1, "c": 2}
print(sorted(d, key=d.__getitem__))
print(max(d, key=d.get), min(d, key=d.__getitem__))
print(sorted([[1, 2], [3], []], key=list.__len__))
print(sorted(["ccc", "a", "bb"], key=str.__len__))
print({1: 2}.__contains__(1), {1: 2}.__contains__(3), d.__len__())
print([].__len__(), [5, 6].__getitem__(1), [5, 6].__getitem__(slice(0, 1)))
print("abc".__contains__("b"), "ab".__len__(), "abc".__getitem__(-1))
print("x".__add__("y"), (1).__add__(2), (7).__sub__(10), (3).__mul__(4))
print((1).__add__(1.5), (1.5).__add__(1), (2.5).__mul__(2), (1).__eq__(1.0), (1.0).__eq__(1))
print((3).__lt__(4), (3).__ge__(4), "a".__lt__("b"), "a".__eq__(1), (5).__truediv__(2))
print(True.__add__(True), (7).__floordiv__(2), (7).__mod__(-2), (6).__and__(3))
it = iter([7, 8])
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
print(list([1, 2].__iter__()), list((1, 2).__iter__()), sorted({3, 1}.__iter__()))
r = range(10)
print(r.__len__(), r.__getitem__(3), r.__contains__(11))
lst = [1, 2, 3]
lst.__setitem__(0, 10)
lst.__delitem__(1)
print(lst)
dd = {}
dd.__setitem__("k", 1)
print(dd, dd.__iter__().__next__())
dd.__delitem__("k")
print(dd)
words = ["apple", "fig", "kiwi"]
lengths = {"apple": 5, "fig": 3, "kiwi": 4}
print(list(map(lengths.__getitem__, words)))
print(list(filter(set(["fig", "kiwi"]).__contains__, words)))
print(sorted(range(5), key=[4, 2, 0, 1, 3].__getitem__))
e = enumerate("ab")
print(e.__next__(), e.__iter__() is e)
print(hasattr([], "__len__"), hasattr(3, "__add__"), callable(d.__getitem__))
try:
    list.__len__("abc")
except TypeError as err:
    print("TypeError:", err)
try:
    d.__getitem__("zz")
except KeyError as err:
    print("KeyError:", err)


class Box:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v

    def __getitem__(self, i):
        return i * self.v

    def __add__(self, other):
        return Box(self.v + other.v)


b = Box(3)
print(len(b), b[2], (b + Box(4)).v, b.__len__(), b.__getitem__(5))
print(1 + 2, "a" + "b", [1] + [2], 2.5 * 2, 3 < 4, "a" < "b")

# int and float methods
print((10).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((10).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count(), True.bit_length())
print((7).as_integer_ratio(), (-3).conjugate(), (0.75).as_integer_ratio())
print((-2.5).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[0])
print((0.1).as_integer_ratio(), (0.0).as_integer_ratio(), (3.0).as_integer_ratio())
print((1.5).is_integer(), (2.0).is_integer(), float("inf").is_integer(), (2.5).conjugate())
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as err:
        print(type(err).__name__, err)
print("a\tb".isprintable(), "abc".isprintable(), "".isprintable(), "\x7f".isprintable())
print("é ü".isprintable(), "\u200b".isprintable(), "\u00a0".isprintable(), "日本".isprintable())
