# Operations on range objects whose bounds, step or length go past i64: slicing
# with big steps and big slice indices, negative big steps, index/count, equality
# and hash, reversed(), bool(), attributes, and the len() OverflowError.

B = 2 ** 64
H = 2 ** 63

# Slicing: big steps, negative steps, big slice indices, small ranges with big slices.
r = range(0, 2 ** 70, 2 ** 62)
print(r[1:3], r[::2 ** 60], r[::-1], r[-3:], r[5:2:-2])
print(r[1:3][1], r[::-(2 ** 65)], r[2 ** 80:], r[-(2 ** 80):2])
print(range(10)[:: 2 ** 70], range(10)[2 ** 70:], range(10)[-(2 ** 70):3], range(10)[:: -(2 ** 70)])
print(range(-H, H - 1, 4)[1:3], range(-H, H)[::H], range(-H, H)[::-H])
s = range(H - 5, H + 5)[::3]
print(s, list(s), len(s))

# Negative big steps.
n = range(B, -B, -(2 ** 62))
print(n, len(n), n[0], n[-1], n[3], list(n)[:3], -B in n, -B + 2 ** 62 in n, B in n)
print(list(range(3 * H, -H, -H)), list(range(0, -B, -H)))
print(list(range(5, -B, -B)), list(range(5, -B - 10, -B)))

# index / count, for ints, bools, big ints and floats.
h = range(B * 4)
print(h.index(2 ** 65), h.index(True), h.count(2 ** 65), h.count(B * 4), range(B, B + 9).count(2.0 ** 64))
print(n.index(B - 2 ** 63), n.count(-B + 2 ** 62), range(10).index(True), range(10).count(2 ** 70))
for bad in (B * 4, -1, 2 ** 65 + 1, 0.5):
    try:
        range(0, B * 4, 2)[-4:].index(bad)
    except ValueError as e:
        print("ValueError:", e)
print(2.0 ** 64 in range(B, B + 3), 2.0 ** 70 in range(B, B + 3), 0.5 in range(B, B + 3), range(H, H + 3).index(2.0 ** 63))

# Equality and hash between equal big ranges.
a, b = range(H, H + 10, 3), range(H, H + 11, 3)
print(a == b, hash(a) == hash(b), a != b, a == range(H, H + 10, 2))
print(range(B, B) == range(0), hash(range(B, B)) == hash(range(5, 5)))
print(range(B, B + 1) == range(B, B + 2, 7), hash(range(B, B + 1)) == hash(range(B, B + 2, 7)))
print(range(0, 3, 2) == range(0, 4, 2), hash(range(0, 3, 2)) == hash(range(0, 4, 2)))
print(range(-H, H) == range(-H, H), hash(range(-H, H)) == hash(range(-H, H, 1)))
d = {range(H, H + 10, 3): "big", range(3): "small"}
print(d[b], d[range(0, 3)], len({a, b, range(H, H + 10, 3)}))

# reversed().
print(list(reversed(range(H - 3, H + 3))), list(reversed(range(B, B - 10, -4))))
print(list(reversed(range(0, -H, -H))), list(reversed(range(0, -B, -H))))
rv = reversed(range(B * 4))
print(next(rv), next(rv), list(reversed(range(B, B))))

# bool() and attributes.
print(bool(range(B, B)), bool(range(B, B + 1)), bool(range(B)), bool(range(-B, B, B)))
print(h.start, h.stop, h.step, n.start, n.stop, n.step)
print(sum(range(B, B + 5)), max(range(H - 2, H + 2)), min(range(-H - 2, -H + 2)))
x, y, z = range(H, H + 3)
print(x, y, z, sorted(range(H + 2, H - 1, -1)), [v - H for v in range(H, H + 9, 4)])

# len() past sys.maxsize raises; lengths up to it work.
print(len(range(-H, H - 2, 2)), len(range(H, 2 * H - 1)), len(range(B, 2, -2)))
for big in (range(B), range(-H, H), range(-H, H - 1), range(-H, H - 1, 2), range(B, 0, -2), n):
    try:
        print(len(big))
    except OverflowError as e:
        print("OverflowError:", e)
