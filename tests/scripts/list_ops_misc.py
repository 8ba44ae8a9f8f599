# list +, *, in, len, comparison, list() constructor, del
a = [1, 2, 3]
b = [4, 5]
print(a + b, b + a, a * 2, 2 * b, a * 0, [] * 5, [None] * 3)
c = a
c += [4]
print(a, c is a)
c = c + [5]
print(a, c, c is a)
d = [0]
d *= 3
print(d)
print(list(), list("abc"), list((1, 2)), list(range(4)), list({1: 'a', 2: 'b'}))
print(len([]), len([[], []]), 3 in a, [3] in a, [3] in [[3]])
x = [10, 20, 30, 40, 50]
del x[0]
print(x)
del x[-1], x[0]
print(x)
i = 0
while i < len(x):
    x[i] *= 2
    i += 1
print(x)
print(x[-1], x[len(x) - 1], x.index(60))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [1, 2, 3] > [1, 2], [[1]] == [[1]])
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sorted([4, 2, 8], reverse=True))
lst = [5, 6]
lst[0], lst[1] = lst[1], lst[0]
print(lst)
e = [1, 2, 3, 4]
print(e[1:3] + e[:1], e[::-1] * 2)
print(list(reversed(e)), e)
