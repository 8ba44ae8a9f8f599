# ends with TypeError: f() got an unexpected keyword argument 'c'
def f(a, b=2):
    return a - b
print(f(10), f(10, b=3))
print(f(10, c=3))
