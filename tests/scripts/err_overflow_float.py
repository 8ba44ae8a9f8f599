# ends with OverflowError: int too large to convert to float
print(float(2 ** 1000) > 1e300)
print(2.0 ** 1000 > 0)
print(float(2 ** 53), float(2 ** 64), float(10 ** 20))
print(float(10 ** 308), float(-(10 ** 308)))
x = 2 ** 1023
print(float(x), x / 2 ** 1000)
print(2 ** 1024 // 2 ** 1000, (2 ** 1100) >> 1090)
print(10 ** 400 / 10 ** 390, (10 ** 400) // (10 ** 399))
print(1e308 * 10, int(1e308) == 10 ** 308)
print(float(10 ** 400))
