# `for` over range objects whose bounds are big ints (past 2**63), at a loop
# site that was specialised for small-int ranges first. CPython's range accepts
# arbitrary ints for iteration, indexing, `in` and slicing; only len() of a range
# longer than sys.maxsize overflows.


def last_and_count(r):
    v = None
    n = 0
    for v in r:
        n += 1
    return v, n


print(last_and_count(range(1000)))
print(last_and_count(range(1000, -1000, -7)))
print(last_and_count(range(2 ** 63 - 5, 2 ** 63 + 5)))
print(last_and_count(range(2 ** 64, 2 ** 64 + 300)))
print(last_and_count(range(-(2 ** 63) - 3, -(2 ** 63) + 300)))
print(last_and_count(range(2 ** 70, 2 ** 70 - 30, -3)))
print(last_and_count(range(0, 2 ** 65, 2 ** 62)))
print(last_and_count(range(300)))

r = range(2 ** 63 - 2, 2 ** 63 + 2)
print(r, len(r), r[0], r[-1], 2 ** 63 in r, 2 ** 63 + 2 in r, r[1:3])
print(list(r), sum(r))
huge = range(2 ** 64)
print(huge[-1], 2 ** 63 in huge, huge[2 ** 63])
try:
    len(huge)
except OverflowError as e:
    print("OverflowError:", e)
