# Graph algorithms: BFS, DFS, topological sort, union-find
grid = [
    "S.#.......",
    ".##.####..",
    "....#....#",
    "##.##.##..",
    "......#..E",
]
rows, cols = len(grid), len(grid[0])
start = end = None
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "S":
            start = (r, c)
        elif grid[r][c] == "E":
            end = (r, c)
print(start, end)
dist = {start: 0}
queue = [start]
head = 0
while head < len(queue):
    r, c = queue[head]
    head += 1
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            queue.append((nr, nc))
print("shortest", dist.get(end), "reached", len(dist))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
order = []
seen = set()
def dfs(n):
    seen.add(n)
    for m in graph[n]:
        if m not in seen:
            dfs(m)
    order.append(n)
dfs("a")
print("postorder", order, "topo", order[::-1])
indeg = {n: 0 for n in graph}
for n in graph:
    for m in graph[n]:
        indeg[m] += 1
ready = sorted(n for n in indeg if indeg[n] == 0)
topo = []
while ready:
    n = ready.pop(0)
    topo.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
            ready.sort()
print("kahn", topo)
parent = list(range(10))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5)]:
    parent[find(a)] = find(b)
comps = {}
for i in range(10):
    comps.setdefault(find(i), []).append(i)
print(sorted(comps.values()))
