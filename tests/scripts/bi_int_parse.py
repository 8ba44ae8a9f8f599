# int() from strings: bases, whitespace, underscores, signs, invalid input
cases = ["42", " 42 ", "-17", "+8", "0", "-0", "00", "1_000", "  \t12\n", "0010",
         "12345678901234567890123"]
for s in cases:
    print(repr(s), int(s))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("101", 2), int("z", 36), int("Z", 36), int("777", 8), int("-0x10", 16), int(" 1_0 ", 2))
print(int("10", 0), int("0", 0), int("1_0", 16))
print(int(3.9), int(-3.9), int(True), int(1e20), int(-0.5), int("7"))
bad = ["", " ", "4.5", "1e3", "abc", "1__0", "_1", "1_", "0x", "--1", "1 2", "١٢"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError", e)
for s, base in [("12", 2), ("g", 16), ("0x1g", 16), ("0b2", 0), ("010", 0), ("9", 8)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError", e)
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError", e)
print(int(), int("-1_2_3"), int("+0"))
