# ends with ValueError: math domain error
import math
print(math.sqrt(0), math.sqrt(1), math.sqrt(0.25), math.sqrt(2))
print(math.isqrt(99), math.sqrt(1e100))
print(math.log(1), math.log10(1000), math.log2(1024))
print(math.fabs(-2), math.floor(-2.5), math.ceil(-2.5))
print(math.sqrt(-0.0), math.sqrt(math.inf))
for v in [4, 2, 0, -1]:
    print(v, math.sqrt(v))
