# ends with NameError
def f():
    return undefined_name + 1
print("before")
x = 5
print(x)
def ok():
    return x * 2
print(ok())
y = [x, x + 1]
print(y, len(y))
del y
print(f())
