# Comparisons, chained comparisons, identity with None
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a < b == 2, c > b > a > 0)
print(1 < 2 < 3 < 4 < 5, 1 < 3 < 2, 5 >= 5 >= 4, 1 == 1 == 1.0)
print(1 != 2 != 1, 0 <= 0 < 1)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "10" < "9")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print((1, 2) == (1, 2), (1, 2) < (1, 2, 3), (0, 'b') < (0, 'c'))
print([1, 2] == [1, 2], [1, 2] == (1, 2), {1: 2} == {1: 2}, {1, 2} == {2, 1})
x = None
print(x is None, x is not None, x == None, None is None)
y = 0
print(y is None, y is not None, not y)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(3))
print(calls)
calls.clear()
print(f(3) < f(2) < f(1))
print(calls)
print(1 in [1, 2], 3 not in [1, 2], 'a' in 'cat', 'at' in 'cat', '' in 'x')
print(2 in (1, 2), 2 in {2: 'x'}, 'x' in {2: 'x'}, 5 in range(10), 10 in range(10))
print(not 1 == 2, not (1 < 2))
print(float('nan') in [float('nan')], 1.0 in [1], True in [1])
print(max([3, 1, 2]) == 3 == len("abc"))
