# ends with ZeroDivisionError from divmod with int
print(divmod(7, 2))
print(divmod(7.0, 2))
print(divmod(7, 0))
