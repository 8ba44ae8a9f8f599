"""Discrete-event simulation of a small coffee shop using heapq."""
import heapq
import random


class Event:
    _counter = 0

    def __init__(self, time, kind, customer):
        self.time = time
        self.kind = kind
        self.customer = customer
        Event._counter += 1
        self.seq = Event._counter

    def __lt__(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq

    def __repr__(self):
        return f"<{self.kind} c{self.customer} @{self.time:.2f}>"


class Scheduler:
    def __init__(self):
        self._queue = []
        self.now = 0.0
        self.handled = 0

    def schedule(self, delay, kind, customer):
        ev = Event(self.now + delay, kind, customer)
        heapq.heappush(self._queue, ev)
        return ev

    def __len__(self):
        return len(self._queue)

    def __bool__(self):
        return bool(self._queue)

    def next_event(self):
        ev = heapq.heappop(self._queue)
        self.now = ev.time
        self.handled += 1
        return ev


rng = random.Random(2024)
sched = Scheduler()
baristas_free = 2
waiting = []
arrivals = {}
waits = []
log = []

for cid in range(1, 13):
    sched.schedule(rng.uniform(0, 20), "arrive", cid)
print("scheduled:", len(sched), "events; first:", min(sched._queue))

while sched:
    ev = sched.next_event()
    if ev.kind == "arrive":
        arrivals[ev.customer] = ev.time
        if baristas_free > 0:
            baristas_free -= 1
            waits.append(0.0)
            sched.schedule(rng.choice([2.0, 3.5, 5.0]), "done", ev.customer)
            log.append(f"{ev.time:6.2f}  c{ev.customer:<3} served immediately")
        else:
            waiting.append(ev.customer)
            log.append(f"{ev.time:6.2f}  c{ev.customer:<3} waits (queue={len(waiting)})")
    elif ev.kind == "done":
        log.append(f"{ev.time:6.2f}  c{ev.customer:<3} leaves")
        if waiting:
            nxt = waiting.pop(0)
            waits.append(sched.now - arrivals[nxt])
            sched.schedule(rng.choice([2.0, 3.5, 5.0]), "done", nxt)
            log.append(f"{ev.time:6.2f}  c{nxt:<3} starts after {waits[-1]:.2f}")
        else:
            baristas_free += 1

for line in log:
    print(line)
print(f"handled {sched.handled} events, finished at t={sched.now:.2f}")
print(f"mean wait {sum(waits) / len(waits):.3f}, max wait {max(waits):.3f}")
print("customers who waited:", sorted(c for c, w in zip(range(1, 13), waits) if w > 0))

nums = [rng.randint(1, 100) for _ in range(15)]
print("nums:", nums)
heap = list(nums)
heapq.heapify(heap)
print("heap[0]:", heap[0], "valid:", all(heap[i] <= heap[c] for i in range(len(heap)) for c in (2 * i + 1, 2 * i + 2) if c < len(heap)))
print("3 smallest:", heapq.nsmallest(3, nums), "3 largest:", heapq.nlargest(3, nums))
print("pushpop 5:", heapq.heappushpop(heap, 5), "replace 200:", heapq.heapreplace(heap, 200))
print("drain:", [heapq.heappop(heap) for _ in range(len(heap))])

tasks = [("write report", 3), ("email", 1), ("lunch", 2), ("review", 3), ("deploy", 1)]
pq = []
for order, (name, prio) in enumerate(tasks):
    heapq.heappush(pq, (-prio, order, name))
while pq:
    neg, order, name = heapq.heappop(pq)
    print(f"  prio {-neg}: {name}")

words = "pear fig apple kiwi banana cherry date".split()
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(2, words, key=lambda w: w[-1]))


def merge_sorted(*lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        val, i, j = heapq.heappop(heap)
        out.append(val)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return out


print("merged:", merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
