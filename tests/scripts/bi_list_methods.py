# list methods: insert remove index count sort reverse pop extend copy clear append
a = [3, 1, 4, 1, 5]
a.insert(0, "start")
a.insert(100, "end")
a.insert(-1, "before-end")
a.insert(-100, "very-start")
print(a)
a.remove(1)
print(a, a.count(1), a.count("zz"))
try:
    a.remove(42)
except ValueError as e:
    print("ValueError", e)
print(a.index(4), a.index(1), a.index(5, 2), a.index("end"))
try:
    a.index(1, 0, 3)
except ValueError as e:
    print("ValueError", e)
print(a.pop(), a.pop(0), a.pop(-2), a)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
nums = [5, 2, 9]
nums.extend([1, 1])
nums.extend(range(2))
nums.extend((7,))
print(nums)
nums.reverse()
print(nums)
nums.sort()
print(nums)
c = nums.copy()
c.append(100)
print(len(nums), len(c), c[-1])
c.clear()
print(c, nums[:2])
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append("shared")
print(nested)
s = []
s.append(s is s)
s.extend(s)
print(s)
x = [1, 2, 3]
x += [4]
x *= 2
print(x, x.count(2), [0] * 3 + [1])
print([1, 2, 3].index(3), ["a", "b"].count("a"), [None].pop())
