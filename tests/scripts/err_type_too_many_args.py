# ends with TypeError: f() takes 2 positional arguments but 3 were given
def f(a, b):
    return a * b
print(f(3, 4))
print(f(3, 4, 5))
