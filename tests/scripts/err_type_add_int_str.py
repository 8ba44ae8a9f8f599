# ends with TypeError: unsupported operand type(s) for +: 'int' and 'str'
print(1 + 2, "a" + "b")
count = 3
label = " items"
print(str(count) + label)
print(count + label)
