# hash consistency: equal numbers hash equal; dict/set keys merge accordingly
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 53) == hash(float(2 ** 53)), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(10 ** 20) == hash(float(10 ** 20)), hash(0.5) == hash(0.5))
print(hash(-1), hash(-2), hash(1), hash(0), hash(12345), hash(True))
print(hash(2 ** 61), hash(2 ** 61 - 1), hash(-(2 ** 61)), hash(2 ** 100) == hash(2 ** 100))
print(hash(1.5), hash(-1.5), hash(0.1), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)) == hash((1.0, 2)), hash((True,)) == hash((1,)), hash(()) == hash(()))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "a", 1: "b", 1.0: "c"}
print(d2)
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
print({0: "z"}[False], {False: "f"}[0.0], 1.0 in {1}, True in {1: 0})
print({(1, 2): "t"}[(1.0, 2.0)])
try:
    hash([1])
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
print(hash("abc") == hash("ab" + "c"), hash(None) == hash(None))
print(type(hash(3.7)).__name__, hash(3) == 3, hash(-3) == -3)
