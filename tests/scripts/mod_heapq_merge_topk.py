# heapq: k-way merge, running median, top-k
import heapq
import random
lists = [[1, 4, 9, 12], [2, 3, 10], [0, 5, 6, 20, 21], []]
h = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
heapq.heapify(h)
merged = []
while h:
    v, i, j = heapq.heappop(h)
    merged.append(v)
    if j + 1 < len(lists[i]):
        heapq.heappush(h, (lists[i][j + 1], i, j + 1))
print(merged)
rng = random.Random(77)
stream = [rng.randint(0, 100) for _ in range(15)]
print(stream)
low, high = [], []
medians = []
for x in stream:
    heapq.heappush(low, -x)
    heapq.heappush(high, -heapq.heappop(low))
    if len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    medians.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
print(medians)
top = []
for x in stream:
    if len(top) < 4:
        heapq.heappush(top, x)
    else:
        heapq.heappushpop(top, x)
print(sorted(top, reverse=True), heapq.nlargest(4, stream), heapq.nsmallest(4, stream))
words = ["delta", "alpha", "charlie", "bravo", "echo", "ab"]
print(heapq.nsmallest(3, words), heapq.nlargest(2, words, key=len))
