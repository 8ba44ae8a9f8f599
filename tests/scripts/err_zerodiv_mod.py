# ends with ZeroDivisionError from modulo
print(17 % 5, -17 % 5, 17.5 % 5)
def bucket(n, size):
    return n % size
print(bucket(10, 3))
print(bucket(-10, 3), bucket(10, -3), bucket(0, 7))
print([bucket(i, 4) for i in range(-5, 6)])
print(5.5 % 2, -5.5 % 2, 10 ** 20 % 7)
print(bucket(10 ** 30, 97))
print(bucket(10, 0))
