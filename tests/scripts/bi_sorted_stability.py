# sorted stability with key and reverse; list.sort in place
recs = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: -r[1]))
print(sorted(sorted(recs, key=lambda r: r[0], reverse=True), key=lambda r: r[1]))
print(sorted(recs))
print(sorted(recs, reverse=True))
words = ["b", "A", "a", "B", "c", "C"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
nums = [3, -1, 2, -3, 1, -2, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
x = [5, 2, 8, 1]
y = x.sort()
print(x, y)
x.sort(reverse=True)
print(x)
x.sort(key=lambda v: v % 3)
print(x)
print(sorted("hello"), sorted((3, 1, 2)), sorted({2: "a", 1: "b"}), sorted(range(5, 0, -1)))
print(sorted([1.5, 1, True, 0, -0.5]))
print(sorted([[2, 1], [1, 5], [1, 2], [2]]))
print(sorted([]), sorted([], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([3, 1], lambda v: v)
except TypeError as e:
    print("TypeError", e)
flags = [False, True, False, True]
print(sorted(range(4), key=lambda i: flags[i]))
print(sorted(["aa", "b", "cc", "d", "eee"], key=len, reverse=True))
