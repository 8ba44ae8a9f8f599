# nested lists and aliasing
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[2][0], m[-1][-1], [row[1] for row in m])
t = [[m[j][i] for j in range(3)] for i in range(3)]
print(t)
print([x for row in m for x in row])
print(sum(sum(row) for row in m), max(max(r) for r in m))
flat = []
for row in m:
    flat.extend(row)
print(flat)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], len(deep), deep[1][1])
x = [1, 2]
y = [x, x]
x.append(3)
print(y)
z = [row[:] for row in m]
z[0][0] = 100
print(m[0], z[0])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print(m + [[10]], [[0]] * 2)
print(m == [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [1, [2]] < [1, [3]])
stack = [[]]
stack[-1].append("a")
stack.append(["b"])
print(stack, stack.pop(), stack)
