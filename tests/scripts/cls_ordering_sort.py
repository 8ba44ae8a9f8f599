# __lt__ used by sorted, min, max, list.sort, heapq; other comparisons
import heapq
class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return "Task(" + str(self.pri) + "," + self.name + ")"

ts = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "a2"), Task(5, "e")]
print(sorted(ts))
print(sorted(ts, reverse=True))
print(min(ts), max(ts))
ts.sort()
print(ts)
h = []
for t in [Task(4, "x"), Task(2, "y"), Task(9, "z"), Task(1, "w")]:
    heapq.heappush(h, t)
print([heapq.heappop(h).name for _ in range(4)])
h2 = [Task(i * 7 % 5, str(i)) for i in range(6)]
heapq.heapify(h2)
print(heapq.heappop(h2), heapq.nsmallest(2, h2), heapq.nlargest(2, h2))
print(Task(1, "a") < Task(2, "b"), Task(3, "a") > Task(2, "b"))
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __repr__(self):
        return ".".join(str(p) for p in self.parts)
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a <= Ver(1, 2), a >= Ver(1, 2))
print(sorted([Ver(2, 0), Ver(1, 10), Ver(1, 2, 1), Ver(1, 2)]))
print(Ver(1) < Ver(2) < Ver(3), Ver(1) < Ver(3) < Ver(2))
print(max([Ver(0, 9), Ver(0, 10)], key=lambda v: v.parts[1]))
try:
    sorted([Task(1, "a"), 3])
except TypeError as e:
    print("TypeError", e)
