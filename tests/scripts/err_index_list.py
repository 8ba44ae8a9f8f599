# ends with IndexError: list index out of range
items = [10, 20, 30]
print(items[0], items[-1], items[-3])
grid = [[1, 2], [3, 4]]
print(grid[1][0], grid[-1][-1], grid[0])
print(items[1:10], items[-10:1], items[5:])
i = 0
while True:
    print("item", items[i])
    i += 1
