from collections import deque

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque()
print(d, repr(d), str(d), len(d), bool(d))
d = deque([1, 2, 3])
print(d, d.maxlen, type(d).__name__, isinstance(d, deque))
d.append(4); d.appendleft(0)
print(d, d[0], d[-1], d[2], list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend([7, 8, 9]); d.extendleft('ab')
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
d.rotate(len(d) * 3 + 1); print(d)
print(d.count(7), d.count('z'), d.index(7), 'a' in d, 'q' in d)
d.remove('a'); print(d)
d.reverse(); print(d)
d[0] = 100; d[-1] = 'end'; print(d)
del d[1]; print(d)
del d[-1]; print(d)
d.insert(1, 'ins'); print(d)
d.insert(-1, 'neg'); print(d)
d.insert(100, 'far'); print(d)
c = d.copy(); c.append('x'); print(d, c, d == c, d != c)
d.clear(); print(d, len(d))
show("pop empty", lambda: deque().pop())
show("popleft empty", lambda: deque().popleft())
show("index", lambda: deque([1, 2]).index(5))
show("remove", lambda: deque([1, 2]).remove(5))
show("getitem", lambda: deque([1, 2])[5])
show("getitem neg", lambda: deque([1, 2])[-3])
show("slice", lambda: deque([1, 2])[0:1])
show("maxlen neg", lambda: deque([], -1))
show("hash", lambda: hash(deque()))
show("str idx", lambda: deque([1])['a'])

# maxlen behaviour
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(m)
m.appendleft(-1); print(m)
m.extendleft([10, 11]); print(m)
m.extend(range(20, 25)); print(m, m.maxlen)
print(deque([1, 2, 3, 4, 5], maxlen=2), deque('abc', 0), deque(maxlen=None))
z = deque(maxlen=0); z.append(1); z.appendleft(2); print(z, len(z))
show("insert full", lambda: deque([1, 2], maxlen=2).insert(0, 9))
print(deque(range(3), 5).maxlen)

# comparisons and arithmetic
a = deque([1, 2, 3]); b = deque([1, 2, 4])
print(a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]), a == [1, 2, 3])
print(a + b, a * 2, 2 * a, deque([1], maxlen=2) + deque([2, 3]))
a += [9, 8]; print(a)
a *= 2; print(a)
e = deque([1, 2]); e.extend(e); print(e)

# strings, nested
print(deque(['a', "b'c", None, 1.5, (1, 2)]))
print(deque([deque([1]), [2]]))

# BFS on a grid
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
H, W = len(grid), len(grid[0])
start = (0, 0)
dist = {start: 0}
q = deque([start])
while q:
    r, col = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, col + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, col)] + 1
            q.append((nr, nc))
print("BFS dist to E:", dist[(3, 7)], "visited", len(dist))

# sliding window maximum with a monotonic deque
nums = [1, 3, -1, -3, 5, 3, 6, 7, 2, 9, 0, 0, 4]
k = 3
window = deque()
out = []
for i, n in enumerate(nums):
    while window and nums[window[-1]] <= n:
        window.pop()
    window.append(i)
    if window[0] <= i - k:
        window.popleft()
    if i >= k - 1:
        out.append(nums[window[0]])
print("window max", out)

# last N lines (tail)
lines = ["line %d" % i for i in range(20)]
tail = deque(lines, maxlen=4)
print(list(tail))

# big queue: O(1) popleft
big = deque()
for i in range(200000):
    big.append(i)
total = 0
while big:
    total += big.popleft()
print("big", total)
for i in range(100000):
    big.appendleft(i)
    if i % 3 == 0:
        big.pop()
print(len(big), big[0], big[-1], big[len(big) // 2])

# mutation during iteration
show("mutate", lambda: [big.append(1) for _ in deque([1, 2])] and [x for x in big if big.append(0)])
dm = deque([1, 2, 3])
try:
    for x in dm:
        dm.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
# iteration + rotate round robin
players = deque(['ann', 'bob', 'cy', 'dee'])
order = []
for turn in range(10):
    order.append(players[0])
    players.rotate(-1)
print(order)
# josephus
circle = deque(range(1, 42))
while len(circle) > 1:
    circle.rotate(-2)
    circle.popleft()
print("josephus", circle[0])
print(sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])), max(deque([4, 9, 2])), list(enumerate(deque('ab'))))
x, y, z = deque([7, 8, 9]); print(x, y, z)
print(deque(x for x in range(4)), deque(range(3)).__len__())
