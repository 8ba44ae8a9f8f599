# time module: only deterministic checks
import time
t0 = time.perf_counter()
s = 0
for i in range(10000):
    s += i
t1 = time.perf_counter()
print(s)
print(t1 - t0 >= 0, isinstance(t0, float), isinstance(t1 - t0, float))
w = time.time()
print(isinstance(w, float), w > 1.6e9)
time.sleep(0.001)
t2 = time.perf_counter()
print(t2 >= t1, t2 - t1 >= 0.0009)
print(time.sleep(0) is None)
elapsed = [time.perf_counter() for _ in range(5)]
print(all(elapsed[i] <= elapsed[i + 1] for i in range(4)))
from time import perf_counter as pc
print(pc() >= t2, type(pc()))
