# list methods
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend((2, 6)); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); print(a)
a.insert(-1, "pen"); print(a)
a.insert(100, "end"); print(a)
a.insert(-100, "start"); print(a)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(3), a)
a.remove("first"); print(a)
a.remove(1); print(a)
print(a.index(5), a.index(1), a.count(1), a.count(99), a.count("a"))
b = [1, 2, 3, 2, 1]
print(b.index(2), b.index(2, 2), b.index(1, 1, 5))
b.reverse(); print(b)
c = b.copy()
c.append(0)
print(b, c, b is c, b == c[:-1])
c.clear(); print(c, len(c))
d = [5, 2, 8, 1, 9]
d.sort(); print(d)
d.sort(reverse=True); print(d)
print(d.sort(), d.append(3), d.reverse(), d.insert(0, 1), d.extend([]), d.clear())
print(d)
e = []
for i in range(5):
    e.append(i * i)
print(e, len(e), e[-1], sum(e))
