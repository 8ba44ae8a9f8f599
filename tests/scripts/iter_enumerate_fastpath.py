# enumerate() in for loops, including cases the fused fast path must hand back.
xs = [10, 20, 30]
for i, x in enumerate(xs):
    if i == 0:
        xs.append(40)          # the list iterator sees appends
    print(i, x)
for i, ch in enumerate("héllo", 5):
    print(i, ch, end=" ")
print()
for pair in enumerate(range(3)):
    print(pair, end=" ")
print()
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
it = enumerate(map(str, [7, 8, 9]))
for i, s in it:
    print(i, repr(s))
for i, v in enumerate({"k": 1, "j": 2}):
    print(i, v)
e = enumerate(range(10), 2 ** 62)
for i, v in e:
    if v == 2:
        break
print(i, v, next(e))
big = enumerate("ab", 2 ** 63 - 1)
print(list(big))
try:
    for i, (a, b) in enumerate([(1, 2), (3,)]):
        print(i, a, b)
except ValueError as err:
    print("ValueError:", err)
total = 0
for i, x in enumerate(range(100000)):
    total += i * x
print(total)
