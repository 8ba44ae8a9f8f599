# ends with OverflowError from float ** overflow: (34, 'Numerical result out of range')
x = 10.0
print(x ** 300)
print(2.0 ** 10, 2.0 ** -10, 10.0 ** 20, 10.0 ** -300)
print((-2.0) ** 3, 0.5 ** 2000, 1.0 ** 10 ** 6)
print(10.0 ** 308, 2.0 ** 1023)
for e in [100, 200, 300, 308]:
    print(e, 10.0 ** e)
print(10 ** 400 > 10.0 ** 300)
print(x ** 400)
