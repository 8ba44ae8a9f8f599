# round: banker's rounding, ndigits positive/negative, int vs float results
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2), round(v, 1))
print(round(7), type(round(7)).__name__, type(round(7.0)).__name__, type(round(7.0, 1)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(1234.5678, -2), round(1234.5678, 3), round(-1234.5678, -1))
print(round(2 ** 70 + 1, -5), round(0.1 + 0.2, 10), round(1e20), round(-0.4), round(-0.6))
print(round(5, 2), round(5.0, 0), round(-0.0), round(0.0, 1))
print(round(123.456, 0), round(9.995, 2), round(1e-10, 5), round(1e300, -300))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(float("inf"), 2), round(float("nan"), 1))
print([round(x / 10) for x in range(-25, 26, 5)])
print(round(True), round(False, 3))
