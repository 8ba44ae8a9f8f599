"""Conway's Game of Life on a set of live cells, plus a bounded-grid variant."""

GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
BLINKER = {(1, 0), (1, 1), (1, 2)}


def neighbours(cell):
    x, y = cell
    return {(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy}


def step(live):
    candidates = live | {n for c in live for n in neighbours(c)}
    return {c for c in candidates if len(neighbours(c) & live) == 3 or (c in live and len(neighbours(c) & live) == 2)}


def render(live, w, h):
    rows = []
    for y in range(h):
        rows.append("".join("#" if (x, y) in live else "." for x in range(w)))
    return "\n".join(rows)


def bbox(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


state = set(GLIDER)
for gen in range(5):
    print(f"gen {gen}: {len(state)} cells, bbox {bbox(state)}")
    print(render(state, 6, 6))
    state = step(state)
print(sorted(state))
print(step(step(BLINKER)) == BLINKER, sorted(step(BLINKER)))


class Grid:
    def __init__(self, w, h, cells=()):
        self.w, self.h = w, h
        self.cells = [[False] * w for _ in range(h)]
        for x, y in cells:
            self.cells[y][x] = True

    def alive(self, x, y):
        return 0 <= x < self.w and 0 <= y < self.h and self.cells[y][x]

    def count(self, x, y):
        return sum(self.alive(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0))

    def step(self):
        new = Grid(self.w, self.h)
        for y in range(self.h):
            for x in range(self.w):
                n = self.count(x, y)
                new.cells[y][x] = n == 3 or (n == 2 and self.cells[y][x])
        return new

    def population(self):
        return sum(row.count(True) for row in self.cells)

    def __str__(self):
        return "\n".join("".join("o" if c else " " for c in row).rstrip() or "~" for row in self.cells)

    def __eq__(self, other):
        return self.cells == other.cells


g = Grid(8, 8, GLIDER)
history = []
for _ in range(30):
    history.append(g.population())
    g = g.step()
print(history)
print(g)
r_pentomino = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
s = r_pentomino
pops = []
for i in range(60):
    s = step(s)
    pops.append(len(s))
print(pops[::6], max(pops), pops.index(max(pops)))
still = Grid(4, 4, {(1, 1), (2, 1), (1, 2), (2, 2)})
print(still.step() == still, still.step().population(), Grid(3, 3).population())
