# ends with ValueError: invalid literal for int() with base 10: 'x'
print(int("10"), int("-7"), int("0x1f", 16), int("  42\n"), int("1_000"))
print(int("z", 36), int("777", 8), int("101", 2), int(3.9), int(-3.9))
vals = []
for s in ["5", "05", "+5", "-0"]:
    vals.append(int(s))
print(vals, sum(vals))
print(float("2.5"), float("-1e3"), float(" 7 "))
parsed = {s: int(s) for s in ["1", "22", "333"]}
print(parsed)
for s in ["1", "22", " 3 ", "x"]:
    print(int(s) * 2)
