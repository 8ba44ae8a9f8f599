# ends with ZeroDivisionError from modulo
print(17 % 5, -17 % 5, 17.5 % 5)
def bucket(n, size):
    return n % size
print(bucket(10, 3))
print(bucket(10, 0))
