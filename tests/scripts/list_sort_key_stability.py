# sort with key/reverse and stability
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
print(sorted(pairs, reverse=True))
recs = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: -r[1])
print(recs)
nums = [3, -1, -4, 1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
nums.sort(key=lambda v: v % 3)
print(nums)
print(sorted([3.5, 1, 2.25, True, 0]))
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}))
print(sorted([]), sorted([[2, 1], [1, 2], [1]]))
data = [5, 3, 5, 1, 3]
out = sorted(data)
print(data, out, out is data)
print(sorted(range(10), key=lambda v: (v % 2, -v)))
