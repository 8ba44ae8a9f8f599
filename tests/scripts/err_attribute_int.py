# ends with AttributeError: 'int' object has no attribute 'foo'
x = 5
print(x + 1)
s = "text"
print(s.upper())
print(x.foo)
