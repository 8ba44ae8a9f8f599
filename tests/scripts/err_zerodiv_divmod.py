# ends with ZeroDivisionError from divmod with int
print(divmod(7, 2))
print(divmod(7.0, 2))
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(2 ** 70, 3), divmod(-(2 ** 70), 3))
print(divmod(7.5, 2.5), divmod(-1, 3))
for a, b in [(10, 3), (10, -3), (0, 5)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(7, 0))
