# float() from strings and values; special values
for s in ["1.5", " -2.25 ", "1e3", "-1e3", "1E-3", ".5", "5.", "inf", "-inf", "Infinity",
          "  nan ", "-NaN", "+1.0", "1_000.5", "1e400", "-1e400", "1e-400"]:
    print(repr(s), float(s))
print(float(3), float(-0), float(True), float(2 ** 60), float(), float("-0.0"))
for s in ["", "abc", "1.2.3", "1e", "e5", "--1", "1,5", "in f", "0x10"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
try:
    float(None)
except TypeError as e:
    print("TypeError", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 10 ** 300)
print(repr(1e16), repr(1e15), repr(0.1 + 0.2), repr(1 / 3), repr(-1e-7), repr(123456789.123))
print(str(1e22), str(1.0), str(100.0), str(2.5e-5), 1e16 == 10 ** 16)
print(float("1.7976931348623157e308"), float("5e-324"), float("2.5e-324"))
