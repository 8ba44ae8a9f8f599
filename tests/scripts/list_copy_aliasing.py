# aliasing vs copying, identity with is
a = [1, 2, [3, 4]]
b = a
c = a[:]
d = a.copy()
e = list(a)
print(b is a, c is a, d is a, e is a, c == a)
a.append(5)
print(a, b, c)
a[2].append("shared")
print(c, d, e)
print(c[2] is a[2], d[2] is a[2])
x = None
print(x is None, x is not None, [] is not None, None is None)
def modify(lst):
    lst.append("mod")
    lst = ["rebound"]
    lst.append("lost")
    return lst
orig = [0]
r = modify(orig)
print(orig, r)
t = (1, [2])
t2 = t
t[1].append(3)
print(t, t2, t is t2)
m = [[0] * 2] * 2
m[0][0] = 9
print(m, m[0] is m[1])
n = [[0] * 2 for _ in range(2)]
n[0][0] = 9
print(n, n[0] is n[1])
s = "abc"
s2 = s
s += "d"
print(s, s2)
d1 = {"k": [1]}
d2 = dict(d1)
d2["k"].append(2)
d2["new"] = 1
print(d1, d2)
