# ends with ValueError: list.remove(x): x not in list
a = [1, 2, 3, 2]
a.remove(2)
print(a)
a.remove(2)
print(a)
b = [3, 1, 3]
b.remove(3)
print(b, b.count(3), b.index(3))
a.remove(2)
print(a)
