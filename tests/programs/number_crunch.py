"""Numeric behaviour: big ints, rounding, division signs, conversions."""
import math


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def digits_sum(n):
    return sum(int(d) for d in str(n))


f50 = factorial(50)
print(f50, len(str(f50)), digits_sum(f50), f50 % 1000007, f50 // 10 ** 60)
print(2 ** 63, 2 ** 63 - 1, -2 ** 63, 2 ** 64 + 1, (2 ** 64) // 3, -(2 ** 64) // 3, (2 ** 64) % -7)
x = 9223372036854775807
x += 1
print(x, type(x).__name__, x * x, x - x, -x - 1, abs(-x), x >> 10, 1 << 100, (1 << 100) >> 99)
print(pow(2, 100, 97), pow(3, 200), pow(-2, 3), pow(2, -2), pow(7, -1, 13), 10 ** -3, (-8) ** (1 / 3) if False else 0)
print(math.gcd(f50, 2 ** 40), math.isqrt(10 ** 30 + 12345), math.isqrt(99), 12345678901234567890 & 0xFFFF, ~(2 ** 70))

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (0, 5), (5, 0.5)]:
    print(f"{a!r:>5} {b!r:>5}  //={a // b!r:<6} %={a % b!r:<6} divmod={divmod(a, b)}")

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 0.125, 1e20, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(-v))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(7, 0))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0), round(0.1 + 0.2, 15), round(5e-324, 400) if False else 0)

for s, base in [("ff", 16), ("0xff", 16), ("0xFF", 0), ("777", 8), ("0o17", 0), ("1010", 2), ("0b11", 0), ("z", 36), ("  -42  ", 10), ("1_000", 10), ("+12", 0)]:
    print(repr(s), base, int(s, base))
for bad in ["12.5", "abc", "", "0x", "1__0", "08"]:
    try:
        print(int(bad, 0) if bad == "08" else int(bad))
    except ValueError as e:
        print("ValueError:", e)
print(int(3.99), int(-3.99), int(True), int("  7\n"), int(1e20), int(-0.0), float("  1.5 "), float("-inf"), float("1e500"), float("nan"))
print(hex(255), hex(-255), bin(10), bin(-10), oct(64), hex(2 ** 70), int(hex(2 ** 70), 16) == 2 ** 70)

floats = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1.0e-4, 1e-5, 123456789.123456789, 5e-324, 1.7976931348623157e308,
          100.0, 2.0 ** 60, 1 / 7, -0.0, 3.0 * 1.1, 9007199254740993.0, 0.30000000000000004, 1e22, 1e23]
for f in floats:
    print(repr(f), str(f), f.is_integer(), int(f) if math.isfinite(f) else None)
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10), 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(7 / 2, 8 / 2, -7 / 2, 1 / 3 * 3, 2 ** 0.5, 10 ** 0.5, 4 ** 0.5, (-1) ** 0.5 if False else 0, 2 ** -1)
print(True + True, True * 10, False - 1, 3 + 4.0, 10 // 3.0, 2 ** 10.0, 1 == 1.0, hash(1) == hash(1.0), {1: "a", 1.0: "b"})
print(math.floor(-2.5), math.ceil(-2.5), math.floor(2.5), math.trunc(-2.7) if hasattr(math, "trunc") else -2, math.sqrt(2), math.pi, math.e)
print(math.log(1000, 10), math.log10(1000), math.log2(1024), math.exp(1), math.hypot(3, 4), math.fabs(-3), math.atan2(1, 1))
print(sum([0.1] * 10), sum(range(101)), sum([1, 2.5]), min(3, 1.0, 2), max([1, 3, 2], default=0), max([], default="empty"))
print(abs(-5), abs(-5.5), abs(-(2 ** 80)), divmod(-(2 ** 80), 7), divmod(2 ** 80, -7), float(2 ** 80), 2 ** 80 / 3)
print(10 ** 20 / 10 ** 10, 10 ** 400 // 10 ** 399, 3 ** 40 % 1000, -3 ** 2, (-3) ** 2, 2 ** 3 ** 2, -2 ** -1)
print(0.1 + 0.7, 1.1 * 1.1, 1e-7, 1.5e-7, 12e5, 1.23e+45, float(10 ** 16), float(123), 1e16 + 1, 2.5e-5 * 4)
print(f"{2 ** 100:,}", f"{-2 ** 64:x}", str(2 ** 200)[:20], int(str(7 ** 77)) == 7 ** 77, 7 ** 77 % 10 ** 9)
print(1 < 2.5 < 3, 2 ** 64 > 1e19, 2 ** 64 == 2.0 ** 64, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 30 < float("inf"), -10 ** 30 > float("-inf"))
