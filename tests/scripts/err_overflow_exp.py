# ends with OverflowError: math range error
import math
print(math.exp(1), math.exp(700) > 1e300)
print(math.exp(1000))
