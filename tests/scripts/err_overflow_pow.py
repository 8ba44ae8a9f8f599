# ends with OverflowError from float ** overflow: (34, 'Numerical result out of range')
x = 10.0
print(x ** 300)
print(x ** 400)
