# ends with ValueError: math domain error
import math
for v in [4, 2, 0, -1]:
    print(v, math.sqrt(v))
