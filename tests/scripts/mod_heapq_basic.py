# heapq basics
import heapq
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, data[0])
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 100), data)
print(heapq.heapreplace(data, 50), data)
print(heapq.nsmallest(3, [5, 1, 8, 3, 9]), heapq.nlargest(3, [5, 1, 8, 3, 9]))
print(heapq.nsmallest(2, ["pear", "apple", "fig"], key=len), heapq.nlargest(2, ["pear", "apple", "fig"], key=len))
print(heapq.nlargest(0, [1, 2]), heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(1, []))
s = [3, 1, 2]
heapq.heapify(s)
print([heapq.heappop(s) for _ in range(3)], s)
def heapsort(items):
    h = list(items)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([0.5, -1, 3, 3, 2.5, 10 ** 20]))
