# heapq with tuple items
import heapq
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "sleep"))
heapq.heappush(tasks, (1, "eat"))
heapq.heappush(tasks, (2, "code"))
print(tasks)
while tasks:
    pri, name = heapq.heappop(tasks)
    print(pri, name)
events = [(5, 0, "e"), (1, 1, "a"), (5, -1, "f"), (3, 2, "c")]
heapq.heapify(events)
print(events[0])
print(heapq.heappushpop(events, (0, 0, "z")))
print(heapq.heapreplace(events, (4, 4, "d")))
print([heapq.heappop(events) for _ in range(len(events))])
scores = [("ann", 88), ("bob", 95), ("cy", 70), ("di", 95)]
print(heapq.nlargest(2, scores, key=lambda s: s[1]))
print(heapq.nsmallest(2, scores, key=lambda s: s[1]))
print(heapq.nsmallest(3, [(2, "b"), (1, "z"), (1, "a"), (0, "q")]))
merged = []
a = [(1, "x"), (4, "y")]
b = [(2, "p"), (3, "q")]
h = a + b
heapq.heapify(h)
while h:
    merged.append(heapq.heappop(h)[1])
print(merged)
pq = [(0, 0)]
seen = []
while pq and len(seen) < 6:
    d, node = heapq.heappop(pq)
    seen.append((d, node))
    heapq.heappush(pq, (d + 2, node * 2 + 1))
    heapq.heappush(pq, (d + 3, node * 2 + 2))
print(seen, len(pq))
