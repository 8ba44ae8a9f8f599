# abs, pow (2 and 3 args), sum with start
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(-0.0), abs(True), abs(-10 ** 30), abs(float("-inf")))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(9, 0.5))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, 3, -7), pow(7, -1, 13), pow(10, 0, 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
print(2 ** -2, (-2) ** 2, -2 ** 2, 2 ** 0.5, 0 ** 0, 0.0 ** 0, (-8) ** 2, 10 ** 25)
print(type(pow(2, 2)).__name__, type(pow(2, -2)).__name__, type(2 ** 2.0).__name__)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([1, 2.5]))
print(sum(x / 2 for x in range(5)), sum({1: 0, 2: 0}), sum([10 ** 20, 1, -10 ** 20]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)
print(sum([1, 2], start=100))
print(abs(3 - 10), abs(-7) == 7, [abs(v) for v in (-1, 2, -3.5)])
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
