# Hand-written sorting algorithms
import random
def bubble(a):
    a = a[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def quick(a):
    if len(a) < 2:
        return a
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
rng = random.Random(31337)
data = [rng.randint(-50, 50) for _ in range(25)]
print(data)
b, swaps = bubble(data)
print(b, swaps)
print(insertion(data) == b, merge_sort(data) == b, quick(data) == b, sorted(data) == b)
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words), quick(words))
print(insertion([3.5, 1, -2.25, 0]), merge_sort([]), quick([1]))
