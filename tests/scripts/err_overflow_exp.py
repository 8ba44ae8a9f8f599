# ends with OverflowError: math range error
import math
print(math.exp(1), math.exp(700) > 1e300)
for v in [0, 1, -1, 10, 100, 700, 709]:
    print(v, math.exp(v))
print(math.exp(-1000), math.exp(-745), math.exp(-746))
print(math.log(math.exp(5)), math.exp(math.log(10)))
big = 1e308
print(big * 10, -big * 10, big + big)
print(2.0 ** 1023, 10.0 ** 308)
print(math.exp(1000))
