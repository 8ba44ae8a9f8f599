# import forms with math
import math as m
from math import sqrt, pi, floor
from math import gcd as g, inf
import heapq as hq
import random as rnd
print(m.sqrt(49), sqrt(49), pi == m.pi, floor(-1.5), g(21, 14), inf > 1e308)
h = [4, 1, 3]
hq.heapify(h)
print(hq.heappop(h), h)
r = rnd.Random(5)
print(r.randint(1, 100), r.choice("xyz"))
def local_use():
    from math import ceil
    return ceil(4.01)
print(local_use())
import math
print(math is m, math.floor is floor, sqrt(2) == math.sqrt(2))
def uses_global_import():
    return m.hypot(6, 8)
print(uses_global_import())
print(type(m.pi), type(m.floor(2.5)), callable(sqrt))
