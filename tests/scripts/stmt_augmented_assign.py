# augmented assignment for all binary operators, on names, items, attributes-free targets
v = 7
for op_name in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    x = 13
    if op_name == "+=": x += v
    elif op_name == "-=": x -= v
    elif op_name == "*=": x *= v
    elif op_name == "/=": x /= v
    elif op_name == "//=": x //= v
    elif op_name == "%=": x %= v
    elif op_name == "**=": x **= v
    elif op_name == "<<=": x <<= v
    elif op_name == ">>=": x >>= 2
    elif op_name == "&=": x &= v
    elif op_name == "|=": x |= v
    elif op_name == "^=": x ^= v
    print(op_name, x)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
lst[1] **= 3
print(lst)
d = {"n": 1}
d["n"] += 1
d["n"] <<= 3
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] -= 4
grid[0][1] += 2.5
print(grid)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
f = 1.5
f //= 0.4
print(f)
f %= 0.7
print(f)
b = 2 ** 70
b -= 1
b >>= 5
b |= 1
print(b)
def idx_calls():
    print("index evaluated")
    return 0
arr = [5]
arr[idx_calls()] += 1
print(arr)
