# math trig, exp, log
import math
for x in [0, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2.5, -1]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0), math.atan2(0, 0))
print(math.atan2(-0.0, -1.0), math.atan2(3, 4))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(0.5), math.exp(700))
print(math.log(1), math.log(math.e), math.log(10), math.log(100, 10), math.log(8, 2), math.log(0.5))
print(math.log2(8), math.log2(1024), math.log2(3), math.log2(2 ** 100), math.log2(0.125))
print(math.log10(1000), math.log10(2), math.log10(1e-5), math.log10(10 ** 50))
print(math.log(10 ** 100), math.log(2 ** 1000), math.log10(123456789))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12))
print(f"{math.sin(1):.6f} {math.cos(1):.6f} {math.tan(1):.6f}")
print(math.exp(math.log(5)), math.log(math.exp(2)))
deg = [0, 30, 45, 60, 90, 180]
print([round(math.sin(d * math.pi / 180), 4) for d in deg])
print(math.exp(-math.inf), math.exp(math.inf), math.log(math.inf))
print(math.sqrt(math.inf), math.isnan(math.sin(math.nan)))
