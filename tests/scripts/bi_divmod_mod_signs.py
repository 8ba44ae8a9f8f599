# divmod, //, % signs for ints and floats
for a in [7, -7, 0, 13, -13]:
    for b in [2, -2, 5, -5]:
        print(a, b, a // b, a % b, divmod(a, b))
for a in [7.5, -7.5, 0.0, 1e-5]:
    for b in [2, -2.0, 0.5]:
        print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0, 5 % -1e-20)
print(divmod(10 ** 20, 7), divmod(-10 ** 20, 7), (-10 ** 20) % 7)
print(2 ** 65 // -3, 2 ** 65 % -3, -(2 ** 65) // 3)
print(True // 2, True % 2, divmod(True, 1), 7 // True)
print(divmod(7, 2.5), divmod(-7, 2.5), 7 % 2.5, -7 % 2.5)
print(1 // 0.3, 1 % 0.3, 0.3 * 3 // 0.1)
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    for op in ["//", "%", "divmod"]:
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(type(a).__name__, type(b).__name__, op, e)
x = 17
x //= -4
y = -17
y %= 4
print(x, y)
