# del of names, items, slices
x = 10
y = 20
del x
print("deleted x", y)
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[:]
print(a, len(a))
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
p, q = 1, 2
del p, q
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
m = [[1, 2], [3, 4]]
del m[0][0], m[1]
print(m)
def f():
    local = 5
    del local
    return "ok"
print(f())
z = 1
del z
z = 2
print(z)
lst = list(range(10))
del lst[1:8:2]
print(lst)
for i in range(3):
    t = i
del t
print(i)
