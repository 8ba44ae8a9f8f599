# ends with TypeError: 'int' object is not subscriptable
data = [1, [2, 3], 4]
print(data[1][0])
print(data[1][1], data[-1], data[1][-1])
s = "abc"
print(s[0], s[1:])
d = {"k": [10, 20]}
print(d["k"][1], d["k"][::-1])
t = (1, (2, (3, 4)))
print(t[1][1][0])
print([row[0] for row in [[1, 2], [3, 4]]])
print(data[0][0])
