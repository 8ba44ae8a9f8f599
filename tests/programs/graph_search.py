"""Breadth-first, depth-first and Dijkstra searches on a small road map."""
import heapq

ROADS = """
amber-birch 7
amber-cedar 9
amber-fir 14
birch-cedar 10
birch-dale 15
cedar-dale 11
cedar-fir 2
dale-elm 6
elm-fir 9
gorse-heath 3
"""


class Graph:
    def __init__(self):
        self.adj = {}

    def add_edge(self, a, b, w):
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})[a] = w

    @classmethod
    def parse(cls, text):
        g = cls()
        for line in text.strip().splitlines():
            pair, weight = line.split()
            a, b = pair.split("-")
            g.add_edge(a, b, int(weight))
        return g

    def nodes(self):
        return sorted(self.adj)

    def neighbors(self, node):
        return sorted(self.adj[node])

    def __len__(self):
        return len(self.adj)

    def __contains__(self, node):
        return node in self.adj


def bfs(graph, start):
    order = [start]
    seen = {start}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for nb in graph.neighbors(node):
                if nb not in seen:
                    seen.add(nb)
                    order.append(nb)
                    nxt.append(nb)
        frontier = nxt
    return order


def dfs(graph, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for nb in graph.neighbors(start):
        if nb not in seen:
            dfs(graph, nb, seen)
    return seen


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nb, w in graph.adj[node].items():
            nd = d + w
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                prev[nb] = node
                heapq.heappush(heap, (nd, nb))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def components(graph):
    remaining = set(graph.nodes())
    comps = []
    for node in graph.nodes():
        if node in remaining:
            comp = bfs(graph, node)
            remaining -= set(comp)
            comps.append(sorted(comp))
    return comps


g = Graph.parse(ROADS)
print("nodes:", len(g), g.nodes())
for n in g.nodes():
    edges = ", ".join(f"{nb}({g.adj[n][nb]})" for nb in g.neighbors(n))
    print(f"  {n:>6}: {edges}")
print("bfs from amber:", " ".join(bfs(g, "amber")))
print("dfs from amber:", " ".join(dfs(g, "amber")))
print("bfs from heath:", bfs(g, "heath"))
print("components:", components(g))
print("'elm' in g:", "elm" in g, "| 'oak' in g:", "oak" in g)

dist, prev = dijkstra(g, "amber")
for node in sorted(dist, key=lambda k: (dist[k], k)):
    print(f"  amber -> {node:<6} {dist[node]:>3}  via {' > '.join(path_to(prev, node))}")
unreachable = [n for n in g.nodes() if n not in dist]
print("unreachable from amber:", unreachable)

degree = {n: len(g.adj[n]) for n in g.nodes()}
print("degrees:", degree)
hub = max(degree, key=lambda n: (degree[n], n))
print("hub:", hub)
total_weight = sum(w for n in g.adj for w in g.adj[n].values()) // 2
print("total road length:", total_weight)
heaviest = heapq.nlargest(3, ((w, a, b) for a in g.adj for b, w in g.adj[a].items() if a < b))
lightest = heapq.nsmallest(3, ((w, a, b) for a in g.adj for b, w in g.adj[a].items() if a < b))
print("heaviest:", heaviest)
print("lightest:", lightest)

grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "#.#...#E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
steps = {start: 0}
queue = [start]
while queue:
    r, c = queue.pop(0)
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in steps:
            steps[(nr, nc)] = steps[(r, c)] + 1
            queue.append((nr, nc))
print(f"maze: start={start} goal={goal} steps={steps.get(goal)}")
for r in range(rows):
    print("  " + "".join(str(steps[(r, c)] % 10) if (r, c) in steps else "#" for c in range(cols)))
