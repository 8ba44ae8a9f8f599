# ends with IndexError: list index out of range
items = [10, 20, 30]
print(items[0], items[-1], items[-3])
i = 0
while True:
    print("item", items[i])
    i += 1
