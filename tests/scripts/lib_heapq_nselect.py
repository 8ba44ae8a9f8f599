# heapq.nsmallest / nlargest follow CPython's heapq.py algorithm exactly:
# equal-comparing elements keep CPython's order and comparison calls match.
import heapq

data = [3, 1.0, 1, True, 2, 2.0, 5, 0, 0.0, False, 4, 1, 3.0]
for n in (0, -1, 1, 2, 3, 5, len(data), len(data) + 3):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
    print(n, heapq.nsmallest(n, data, key=lambda x: -x), heapq.nlargest(n, iter(data), key=abs))

print(heapq.nsmallest(1, []), heapq.nlargest(1, iter([])), heapq.nsmallest(3, []))
print(heapq.nsmallest(2, "hello world"), heapq.nlargest(3, "hello world"))
print(heapq.nsmallest(2, {"b": 1, "a": 2, "c": 0}), heapq.nlargest(2, range(10)))


class Loud:
    log = []

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        Loud.log.append((self.tag, other.tag))
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


items = [Loud(v, t) for v, t in zip([5, 3, 3, 1, 5, 2, 1, 4, 3], "abcdefghi")]
print(heapq.nsmallest(3, iter(items)))
print(Loud.log[:12])
Loud.log.clear()
print(heapq.nlargest(4, iter(items)))
print(Loud.log[:12])
Loud.log.clear()
print(heapq.nsmallest(1, items), heapq.nlargest(1, items))
print(Loud.log)


# Sets compare by inclusion: a partial order, where ties depend on the algorithm.
sets = [{1, 2}, {3}, {1}, {2, 3}, {1, 2, 3}, {4}, {2}, set()]
print(heapq.nsmallest(3, sets))
print(heapq.nlargest(3, sets))
print(heapq.nsmallest(3, iter(sets)))
print(heapq.nlargest(3, iter(sets)))
print(heapq.nsmallest(2, [[2, 1], [1, 5], [1, 2], [0]], key=len))
try:
    heapq.nsmallest(2, [1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
