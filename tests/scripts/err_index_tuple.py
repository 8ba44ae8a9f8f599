# ends with IndexError: tuple index out of range
point = (3, 4)
print(point[0], point[1], point[-2])
t = (10, 20, 30)
print(t[0], t[-1], t[1:], t[::-1], len(t))
for i in range(-3, 3):
    print(i, t[i])
nested = ((1, 2), (3, 4))
print(nested[1][0], nested[-1][-1])
empty = ()
print(empty[0:5], len(empty))
print(point[2])
