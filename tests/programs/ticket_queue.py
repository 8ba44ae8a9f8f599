"""A support-ticket queue: priorities with __lt__-only ordering, heapq and properties."""
import heapq


class Ticket:
    _next_id = 1
    PRIORITIES = ("low", "normal", "high", "urgent")

    def __init__(self, title, priority="normal"):
        self.id = Ticket._next_id
        Ticket._next_id += 1
        self.title = title
        self.priority = priority
        self.notes = []

    @property
    def priority(self):
        return self._priority

    @priority.setter
    def priority(self, value):
        if value not in self.PRIORITIES:
            raise ValueError(f"bad priority {value!r}; choose from {', '.join(self.PRIORITIES)}")
        self._priority = value

    @property
    def rank(self):
        return self.PRIORITIES.index(self.priority)

    def __lt__(self, other):
        return (-self.rank, self.id) < (-other.rank, other.id)

    def __repr__(self):
        return f"<Ticket #{self.id} {self.priority}: {self.title}>"


class Queue:
    def __init__(self):
        self._heap = []

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return len(self._heap) > 0

    def __contains__(self, title):
        return any(t.title == title for t in self._heap)

    def __iter__(self):
        return iter(sorted(self._heap))

    def push(self, ticket):
        heapq.heappush(self._heap, ticket)

    def pop(self):
        if not self:
            raise IndexError("pop from an empty ticket queue")
        return heapq.heappop(self._heap)


q = Queue()
print(bool(q), len(q))
for title, prio in [("printer jam", "low"), ("server down", "urgent"), ("new laptop", "normal"),
                    ("password reset", "high"), ("vpn flaky", "high"), ("coffee machine", "low")]:
    q.push(Ticket(title, prio))
print(bool(q), len(q), "vpn flaky" in q, "fax" in q)
print(list(q))
print(min(q._heap), max(q._heap))
print(heapq.nsmallest(2, q._heap))
try:
    Ticket("bad", "critical")
except ValueError as e:
    print("ValueError:", e)
t = Ticket("upgrade", "low")
t.priority = "urgent"
q.push(t)
try:
    t.rank = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Ticket("x") > Ticket("y")
    print("gt ok (reflected __lt__)")
except TypeError as e:
    print("TypeError:", e)
try:
    Ticket("x") <= Ticket("y")
except TypeError as e:
    print("TypeError:", e)
served = []
while q:
    served.append(q.pop())
print("\n".join(f"{i:>2}. {s!r}" for i, s in enumerate(served, 1)))
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
print(Ticket._next_id, [x.id for x in served[:3]], sorted(set(x.priority for x in served)))
