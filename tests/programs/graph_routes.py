"""Route planning on a weighted graph of cities: Dijkstra, BFS, topological order, components."""
import heapq

EDGES = [
    ("Amsterdam", "Berlin", 655), ("Amsterdam", "Brussels", 210), ("Brussels", "Paris", 320),
    ("Berlin", "Prague", 350), ("Prague", "Vienna", 330), ("Vienna", "Budapest", 245),
    ("Paris", "Lyon", 465), ("Lyon", "Geneva", 150), ("Geneva", "Milan", 320),
    ("Milan", "Vienna", 860), ("Berlin", "Warsaw", 575), ("Paris", "Geneva", 540),
    ("Oslo", "Stockholm", 520), ("Stockholm", "Helsinki", 495),
]


def build(edges):
    g = {}
    for a, b, w in edges:
        g.setdefault(a, {})[b] = w
        g.setdefault(b, {})[a] = w
    return g


def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    done = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in done:
            continue
        done.add(u)
        for v, w in sorted(g[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    out = [dst]
    while out[-1] != src:
        out.append(prev[out[-1]])
    return out[::-1]


def bfs_hops(g, src):
    hops = {src: 0}
    frontier = [src]
    while frontier:
        nxt = []
        for u in frontier:
            for v in g[u]:
                if v not in hops:
                    hops[v] = hops[u] + 1
                    nxt.append(v)
        frontier = nxt
    return hops


def components(g):
    seen = set()
    comps = []
    for start in g:
        if start in seen:
            continue
        stack, comp = [start], set()
        while stack:
            u = stack.pop()
            if u in comp:
                continue
            comp.add(u)
            stack.extend(v for v in g[u] if v not in comp)
        seen |= comp
        comps.append(comp)
    return comps


def topo(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    for n, ds in deps.items():
        indeg[n] += len(ds)
    users = {}
    for n, ds in deps.items():
        for d in ds:
            users.setdefault(d, []).append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users.get(n, [])):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(order) != len(indeg):
        raise ValueError(f"cycle among {sorted(set(indeg) - set(order))}")
    return order


g = build(EDGES)
print(len(g), "cities;", sum(len(v) for v in g.values()) // 2, "roads")
dist, prev = dijkstra(g, "Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    print(f"{city:<10}{dist[city]:>6} km  via {' > '.join(path(prev, 'Amsterdam', city))}")
print(path(prev, "Amsterdam", "Oslo"), "Oslo" in dist)
print(bfs_hops(g, "Paris"))
comps = components(g)
print(len(comps), [sorted(c) for c in comps], comps[1])
print({c for c in g if len(g[c]) >= 3}, {c: len(n) for c, n in g.items() if len(n) == 1})
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "tests": ["app"], "log": []}
print(topo(deps))
deps["core"] = ["tests"]
try:
    topo(deps)
except ValueError as e:
    print("error:", e)
total = sum(w for *_, w in EDGES)
longest = max(EDGES, key=lambda e: e[2])
print(total, longest, sorted(EDGES, key=lambda e: e[2])[:2], round(total / len(EDGES), 1))
pairs = {(a, b) if a < b else (b, a) for a, b, _ in EDGES}
print(len(pairs), sorted(pairs)[:3], ("Berlin", "Warsaw") in pairs)
