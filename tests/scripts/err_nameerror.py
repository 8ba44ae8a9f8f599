# ends with NameError
def f():
    return undefined_name + 1
print("before")
x = 5
print(x)
print(f())
