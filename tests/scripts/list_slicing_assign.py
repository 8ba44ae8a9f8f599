# list slicing and slice assignment
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[1:8:3], a[8:1:-2])
b = a[:]
b[0] = 99
print(a[0], b[0])
a[2:5] = ["x", "y"]; print(a)
a[1:1] = [100, 200]; print(a)
a[:2] = []; print(a)
a[-2:] = [7, 8, 9, 10]; print(a)
a[len(a):] = [11]; print(a)
a[::2] = ["e"] * len(a[::2]); print(a)
c = list(range(8))
c[1::3] = [-1, -2, -3]; print(c)
c[::-2] = "abcd"; print(c)
c[2:6] = (); print(c)
c[:] = [1, 2]; print(c)
c[5:] = [3]; print(c)
c[0:0] = range(3); print(c)
del c[1]; print(c)
del c[::2]; print(c)
d = list("abcdefgh")
del d[2:4]; print(d)
del d[-1]; print(d)
del d[:]; print(d)
e = [0, 1, 2, 3, 4, 5]
e[1:5:2] = [9, 9]; print(e)
e[10:20] = [7]; print(e)
f = [1, 2, 3]
g = f
f[:] = [4, 5]
print(g, f is g)
