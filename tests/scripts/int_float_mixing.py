# Mixing ints, floats, bools
print(1 + 2.0, 3 * 0.5, 7 / 2, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5)
print(2 ** 0.5, 4 ** 0.5, 2.0 ** 3, 2 ** -1.0)
print(True + 1, True + True, False * 10, True / 2, True + 1.5)
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.0 == True)
print(10 ** 20 == 1e20, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(1 < 1.5 < 2, 3 > 2.9, -1 < -0.5)
print(int(3.9), int(-3.9), int(2.5), float(7), float(-0))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
print(type(1 + 1.0), type(True + 1), type(True + True), type(3 // 1.0))
print(10 ** 20 + 0.5, 10 ** 20 / 3)
print(3 * True, "ab" * True, [0] * False)
print(sum([1, 2.5, True]), sum([True, True, True]))
print(max(1, 2.0), min(1, 1.0), max(1.0, 1), max(True, 1), min(0, False))
print(round(2.675, 2), round(7 / 3, 3), 0.1 + 0.2 == 0.3)
print(abs(-2.5), abs(-0.0), abs(True))
print(1e300 * 1e10, -1e300 * 1e10)
x = 5
x /= 2
print(x, type(x))
x = 5
x //= 2.0
print(x, type(x))
print(float(2 ** 100), int(1e18), int(1e19))
print(0.5 == 1 / 2, 1 / 3 == 0.3333333333333333)
