# ends with AttributeError: 'int' object has no attribute 'foo'
x = 5
print(x + 1)
s = "text"
print(s.upper())
print(s.lower(), s.replace("t", "T"), s.split("x"))
lst = [3, 1]
lst.sort()
print(lst)
d = {"a": 1}
print(d.get("a"), list(d.keys()))
print(x * 2, -x, x ** 2)
print(x.foo)
