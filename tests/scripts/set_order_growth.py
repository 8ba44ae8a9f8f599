# Growth past several resizes (8 -> 32 -> 128 -> 512 ... slots), then deletions.
s = set()
for i in range(300):
    s.add(i * 37 % 1000)
    if i in (4, 5, 18, 19, 76, 77, 299):
        print(len(s), list(s)[:12])
print(list(s)[-12:])
t = set()
for i in range(200, 0, -1):
    t.add(i * 8)
print(list(t)[:20], list(t)[-10:])
u = {x * 1024 for x in range(50)}
print(list(u)[:25])
v = set()
for i in range(120):
    v.add(-i)
print(v)
w = set(range(1000))
print(list(w)[:5], list(w)[-5:], len(w))
w2 = set(range(999, -1, -1))
print(list(w2)[:5], list(w2)[-5:])
big = set(i * 7919 for i in range(5000))
print(list(big)[:15])
print(list(big)[-15:])
# Deleting leaves dummies; re-adding reuses them.
d = set(range(40))
for i in range(0, 40, 3):
    d.discard(i)
print(d)
for i in range(100, 130):
    d.add(i)
print(d)
for i in range(100, 130):
    d.remove(i)
d.update(range(200, 210))
print(d)
