# ends with TypeError: unsupported operand type(s) for +: 'int' and 'str'
print(1 + 2, "a" + "b")
count = 3
label = " items"
print(str(count) + label)
print(1 + 2.5, True + 1, "x" * 3, [1] + [2], (1,) + (2,))
total = 0
for n in [1, 2, 3]:
    total += n
print(total, f"{total} items", "n=" + str(total))
print(count + label)
