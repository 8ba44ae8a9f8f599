"""Discrete-event simulation of a job scheduler using heapq and random.Random."""
import heapq
import random


class Job:
    def __init__(self, jid, arrival, duration, priority):
        self.jid = jid
        self.arrival = arrival
        self.duration = duration
        self.priority = priority
        self.start = None
        self.finish = None

    def __lt__(self, other):
        return (self.priority, self.arrival, self.jid) < (other.priority, other.arrival, other.jid)

    def __repr__(self):
        return f"Job#{self.jid}(p{self.priority}, {self.duration:.2f}s)"


def make_jobs(rng, n):
    jobs = []
    t = 0.0
    for jid in range(n):
        t += rng.expovariate(1.5) if hasattr(rng, "expovariate") and False else rng.uniform(0.1, 1.2)
        jobs.append(Job(jid, round(t, 3), rng.uniform(0.2, 2.0), rng.randint(1, 4)))
    return jobs


def simulate(jobs, workers):
    events = []
    for job in jobs:
        heapq.heappush(events, (job.arrival, 0, job.jid, job))
    ready = []
    free = workers
    clock = 0.0
    log = []
    while events:
        clock, kind, _, job = heapq.heappop(events)
        if kind == 0:
            heapq.heappush(ready, job)
        else:
            free += 1
            job.finish = clock
            log.append((round(clock, 3), "done", job.jid))
        while free and ready:
            nxt = heapq.heappop(ready)
            nxt.start = clock
            free -= 1
            heapq.heappush(events, (clock + nxt.duration, 1, nxt.jid, nxt))
            log.append((round(clock, 3), "start", nxt.jid))
    return clock, log


rng = random.Random(2024)
jobs = make_jobs(rng, 12)
print(jobs[:4])
end, log = simulate(jobs, workers=2)
print(f"all done at t={end:.3f}")
for entry in log[:10]:
    print("  ", entry)
waits = [j.start - j.arrival for j in jobs]
print(f"mean wait {sum(waits) / len(waits):.4f}, max wait {max(waits):.4f}")
by_prio = {}
for j in jobs:
    by_prio.setdefault(j.priority, []).append(j.finish - j.arrival)
for p in sorted(by_prio):
    times = by_prio[p]
    print(f"priority {p}: n={len(times)} turnaround={sum(times) / len(times):7.3f}")

r = random.Random(7)
print(r.random(), r.randrange(100), r.randrange(10, 20, 3), r.choice("abcdef"), r.getrandbits(40))
deck = [f"{rank}{suit}" for suit in "SH" for rank in "A23456789TJQK"]
r.shuffle(deck)
print(deck[:8], r.sample(range(1000), 5), r.choices(["x", "y", "z"], weights=[5, 1, 1], k=8))
print([round(r.uniform(-1, 1), 6) for _ in range(3)], r.randint(-(2 ** 70), 2 ** 70))

heap = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(heap)
print(heap, heapq.nsmallest(3, heap), heapq.nlargest(3, heap), heapq.heappushpop(heap, 0), heapq.heapreplace(heap, 10))
print([heapq.heappop(heap) for _ in range(len(heap))])
words = "the quick brown fox jumps over the lazy dog".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(2, words, key=lambda w: (len(w), w)))
random.seed(99)
print(random.random(), random.randint(1, 6), random.choice([10, 20, 30]), random.sample("abcdefg", 3))
lst = list(range(10))
random.shuffle(lst)
print(lst, random.uniform(5, 10), random.getrandbits(8), random.randrange(0, 100, 5))
tasks = []
for i, name in enumerate(["write", "test", "ship", "plan"]):
    heapq.heappush(tasks, (len(name), -i, name))
while tasks:
    print(heapq.heappop(tasks), end=" ")
print()
