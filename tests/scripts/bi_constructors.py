# list/dict/tuple/set/str/bool constructors
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({3, 1, 2}))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(2)), tuple({"k": 0}))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"p": 0}, q=1), dict(zip("ab", "cd")))
print(dict([("k", 1), ("k", 2)]), dict([[1, 2], (3, 4)]), dict({"a": 1}.items()))
print(set(), set([3, 1, 3, 2]), set(range(4)), set((5, 5)), sorted(set("hello")))
print(str(), str(1), str(1.5), str([1, "a"]), str(None), str(True), str((1,)), str({"a": [1]}))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool({}))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, list(a) is a, tuple((1, 2)))
for bad in [lambda: list(5), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: set(1), lambda: tuple(None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(map(int, "123")), tuple(x * 2 for x in range(3)), dict((i, str(i)) for i in range(2)))
print(set([(1, 2), (1, 2)]), list(reversed(range(3))), list(enumerate("ab")))
print(int("5") + float("1.5"), str(12) + str(3), list(str(123)), bool(int("0")))
print(type(list()).__name__, type(dict()).__name__, type(tuple()).__name__, type(set()).__name__)
print(range(5), range(1, 5), range(0, 10, 2), list(range(10, 0, -3)), len(range(0, 100, 7)))
