# Binary search variants
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
arr = [x * 3 for x in range(40)]
for target in [0, 3, 57, 58, 117, 118, -1]:
    print(target, bsearch(arr, target), lower_bound(arr, target))
dup = [1, 2, 2, 2, 3, 5, 5, 8]
print([lower_bound(dup, v) for v in range(10)])
def isqrt_bs(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([isqrt_bs(n) for n in [0, 1, 15, 16, 17, 10 ** 6, 10 ** 20 + 1]])
print(isqrt_bs(2 * 10 ** 40))
def solve(f, lo, hi):
    for _ in range(60):
        mid = (lo + hi) / 2
        if f(mid) > 0:
            hi = mid
        else:
            lo = mid
    return lo
print(round(solve(lambda x: x * x - 2, 0.0, 2.0), 12))
print(round(solve(lambda x: x ** 3 - x - 1, 1.0, 2.0), 10))
