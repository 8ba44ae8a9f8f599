# math module functions
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(repr(math.pi), round(math.pi, 4), f"{math.e:.10f}")
print(math.sqrt(2), math.sqrt(16), math.sqrt(0), math.sqrt(1e100), math.sqrt(10 ** 40))
print(math.floor(2.7), math.floor(-2.7), math.floor(5), math.ceil(2.1), math.ceil(-2.1), math.ceil(5))
print(type(math.floor(2.5)), type(math.ceil(2.5)), math.floor(1e20), math.ceil(-0.5))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(17, 5), math.gcd(2 ** 100, 6 ** 50))
print(math.gcd(), math.gcd(7), math.gcd(12, 18, 30))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 30), math.isqrt(2 ** 101))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(-3, -4), math.hypot(1, 2, 2))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isnan(float("nan")), math.isinf(1e309))
print(math.floor(-0.0), math.ceil(0.0), math.sqrt(0.25), math.sqrt(2) ** 2)
for v in [0, 1, 2, 10, 100, 12345]:
    print(v, math.isqrt(v), math.sqrt(v))
print(math.floor(math.sqrt(99)), math.ceil(math.sqrt(99)))
