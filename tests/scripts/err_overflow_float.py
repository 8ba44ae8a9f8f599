# ends with OverflowError: int too large to convert to float
print(float(2 ** 1000) > 1e300)
print(2.0 ** 1000 > 0)
print(float(10 ** 400))
