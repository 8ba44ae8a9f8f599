# range
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(-5, 5, 2)), list(range(5, -5, -2)), list(range(0)), list(range(5, 0)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], r[1:3], r[::-1], r[::2])
print(7 in r, 8 in r, 31 in r, -1 in r)
print(r.index(11), r.count(11), r.count(12))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(1, 1)), len(range(10, 20, -1)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(range(0, 5) == range(5), range(0) == range(5, 2), range(1, 10, 2)[2:4])
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big)
for i in range(3):
    print("i", i)
for i in range(10, 0, -4):
    print("down", i)
print([i * 2 for i in range(-3, 3)])
print(tuple(range(3)), set(range(3)), list(enumerate(range(3))))
print(range(-10, -1, 3)[-1], list(range(-10, -1, 3)))
n = 0
for _ in range(1000):
    n += 1
print(n)
print(list(range(2, -3, -1)), bool(range(0)), bool(range(2)))
