# conversions between float and int, floor/ceil/trunc behaviours
import math
for v in [2.5, -2.5, 2.999, -2.999, 0.0, -0.0, 1e15 + 0.5, 123456789.987]:
    print(v, int(v), math.floor(v), math.ceil(v), round(v), round(v, 1))
print(int(2 ** 53 + 1.0), int(1e20), int(-1e20), int(1.5e300) % 1000)
print(float(2 ** 53 + 1), float(10 ** 22), float(10 ** 23), float(-(10 ** 30)))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(1 / 3 * 3 == 1.0, int(0.1 * 3 * 10), int(4.35 * 100))
print(7 // 2.0, type(7 // 2.0), 7.0 // 2, -7.0 // 2, 7 % 2.0, -7 % 2.0)
print(math.floor(-1e-300), math.ceil(1e-300), math.floor(10 ** 20 + 0.0))
print(10 ** 18 + 1 > 1e18, 10 ** 18 + 1 == 1e18, 2 ** 63 > 9.2e18)
print(float("12"), float("-0"), float("1e3"), int(float("1e3")))
print(str(1.0), str(10.0 ** 15), str(10.0 ** 16), str(-1e-4), str(1e-5))
print(hex(int(255.9)), bin(int(-3.7)), int(True + 0.5))
print(sum(int(x) for x in [1.9, 2.9, -0.9]), [int(x * 10) for x in [0.1, 0.2, 0.7]])
