# slice assignment and deletion on lists
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
a[::2] = ["E"] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
b = list(range(10))
del b[::3]
print(b)
del b[-2:]
print(b)
del b[0]
del b[-1]
print(b)
del b[:]
print(b)
c = [1, 2, 3, 4, 5]
c[1:4] = "ab"
print(c)
c[-1:] = range(3)
print(c)
c[::-1] = c[:]
print(c)
d = [0] * 5
d[1:4] = (7,)
print(d)
e = [1, 2, 3]
e[5:10] = [9]
print(e)
e[-100:1] = ["start"]
print(e)
f = list(range(6))
f[4:1:-1] = ["a", "b", "c"]
print(f)
try:
    del f[10]
except IndexError as ex:
    print("IndexError", ex)
g = [1, 2, 3]
h = g
g[:] = [9, 9]
print(h, g is h)
try:
    g[0:1] = 5
except TypeError as ex:
    print("TypeError", ex)
