# In-place operations, pop() with its search finger, discard/remove dummies, clear.
s = set(range(20))
print([s.pop() for _ in range(5)], s)
s.add(0)
s.add(100)
print(s.pop(), s.pop(), s)
s.clear()
s.update([9, 1, 17])
print(s.pop(), s)
t = {8, 16, 24, 40}
t.discard(8)
t.discard(16)
t.add(48)
t.add(56)
t.add(8)
print(t)
u = set(range(30))
u |= {100, 200, 5}
print(u)
u &= set(range(0, 300, 5))
print(u)
u -= {0, 10, 100}
print(u)
u ^= {1, 2, 5, 15}
print(u)
v = set(range(64))
v.difference_update(range(0, 64, 2))
print(v)
v.difference_update({1, 3}, [5, 7])
print(v)
v.intersection_update(range(0, 64, 3))
print(v)
v.symmetric_difference_update([9, 10, 11, 12])
print(v)
v.update({-1, -2}, (33, 34), range(60, 70))
print(v)
w = set(range(10))
w -= w
print(w)
w = set(range(10))
w ^= w
print(w)
w = set(range(10))
w &= w
w |= w
print(w)
q = set(range(100))
while len(q) > 60:
    q.pop()
print(q)
q.add(-7)
q.add(3)
print(q.pop(), q.pop(), q)
r = {5, 13, 21}
r.remove(13)
r.add(29)
print(r, r.copy(), set(r))
gone = set(range(16))
for i in range(16):
    gone.discard(i)
gone.update([3, 1, 2])
print(gone)
