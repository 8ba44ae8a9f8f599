"""A to-do manager: tasks with priorities, due days, dependencies and a heap-backed queue."""
import heapq


class TaskError(Exception):
    pass


class CycleError(TaskError):
    def __init__(self, path):
        super().__init__("dependency cycle: " + " -> ".join(path))
        self.path = path


PRIORITY_NAMES = {1: "urgent", 2: "high", 3: "normal", 4: "low"}


class Task:
    def __init__(self, title, priority=3, due=None, depends=()):
        if priority not in PRIORITY_NAMES:
            raise TaskError(f"bad priority {priority!r} for {title!r}")
        self.title = title
        self.priority = priority
        self.due = due
        self.depends = list(depends)
        self.done = False

    @property
    def label(self):
        return PRIORITY_NAMES[self.priority]

    def sort_key(self):
        return (self.priority, self.due if self.due is not None else 999, self.title)

    def __lt__(self, other):
        return self.sort_key() < other.sort_key()

    def __eq__(self, other):
        return isinstance(other, Task) and self.title == other.title

    def __hash__(self):
        return hash(self.title)

    def __repr__(self):
        due = f"day {self.due}" if self.due is not None else "no due date"
        mark = "x" if self.done else " "
        return f"[{mark}] {self.title} ({self.label}, {due})"


class TaskList:
    def __init__(self, tasks=()):
        self.tasks = {}
        for t in tasks:
            self.add(t)

    def add(self, task):
        if task.title in self.tasks:
            raise TaskError(f"duplicate task {task.title!r}")
        self.tasks[task.title] = task

    def __len__(self):
        return len(self.tasks)

    def __iter__(self):
        return iter(sorted(self.tasks.values()))

    def __getitem__(self, title):
        try:
            return self.tasks[title]
        except KeyError:
            raise TaskError(f"unknown task {title!r}") from None

    def pending(self):
        return [t for t in self if not t.done]

    def topo_order(self):
        order, state = [], {}

        def visit(title, path):
            if state.get(title) == "done":
                return
            if state.get(title) == "active":
                raise CycleError(path[path.index(title):] + [title])
            state[title] = "active"
            for dep in sorted(self[title].depends):
                visit(dep, path + [title])
            state[title] = "done"
            order.append(title)

        for t in sorted(self.tasks):
            visit(t, [])
        return order

    def work_queue(self):
        ready = [t for t in self.tasks.values() if not t.depends]
        heapq.heapify(ready)
        blocked = {t.title: set(t.depends) for t in self.tasks.values() if t.depends}
        day = 0
        while ready:
            task = heapq.heappop(ready)
            day += 1
            task.done = True
            late = task.due is not None and day > task.due
            print(f"  day {day:>2}: {task.title:<18} {task.label:<7}{' LATE' if late else ''}")
            for title in list(blocked):
                blocked[title].discard(task.title)
                if not blocked[title]:
                    del blocked[title]
                    heapq.heappush(ready, self.tasks[title])
        return sorted(blocked)


tasks = TaskList([
    Task("buy groceries", 2, due=2),
    Task("write report", 1, due=3, depends=["collect data"]),
    Task("collect data", 2, due=2),
    Task("book flights", 3, due=10),
    Task("pack bags", 3, due=9, depends=["book flights", "buy groceries"]),
    Task("water plants", 4),
    Task("send invoice", 1, due=1),
    Task("review slides", 2, depends=["write report"]),
])
print(f"{len(tasks)} tasks:")
for t in tasks:
    print("  ", t)
print("urgent:", [t.title for t in tasks if t.priority == 1])
print("due by day 3:", sorted(t.title for t in tasks if t.due is not None and t.due <= 3))
print("topological:", tasks.topo_order())
print("schedule:")
left = tasks.work_queue()
print("blocked forever:", left)
print("pending:", tasks.pending())
counts = {}
for t in tasks:
    counts[t.label] = counts.get(t.label, 0) + 1
print("by priority:", dict(sorted(counts.items(), key=lambda kv: kv[1], reverse=True)))

for make in [lambda: Task("nap", 7), lambda: tasks.add(Task("water plants")), lambda: tasks["fly kite"]]:
    try:
        make()
    except TaskError as e:
        print(f"{type(e).__name__}: {e} (cause suppressed: {e.__suppress_context__})")

loop = TaskList([Task("a", depends=["c"]), Task("b", depends=["a"]), Task("c", depends=["b"]), Task("d")])
try:
    loop.topo_order()
except CycleError as e:
    print("cycle detected:", e, "| path length", len(e.path))
print(Task("x") == Task("x", 1), Task("x") in {Task("x", 2)}, Task("a", 2) < Task("b", 2), sorted([Task("z", 4), Task("y", 1, due=5), Task("w", 1)]))
