# Seed workload 2 at reduced size
from __future__ import annotations

import random
import heapq

def dijkstra(n: int = 10000, edges_per_node: int = 50, seed: int = 123) -> int:
    rng = random.Random(seed)
    graph = [[] for _ in range(n)]
    for u in range(n):
        for _ in range(edges_per_node):
            v = rng.randrange(n)
            if v != u:
                graph[u].append((v, rng.randrange(1, 30)))

    dist = [10**12] * n
    dist[0] = 0
    pq = [(0, 0)]
    visited = 0

    while pq:
        d, u = heapq.heappop(pq)
        if d != dist[u]:
            continue
        visited += 1
        for v, w in graph[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(pq, (nd, v))

    return visited


def dijkstra_dists(n: int, edges_per_node: int, seed: int) -> list:
    rng = random.Random(seed)
    graph = [[] for _ in range(n)]
    for u in range(n):
        for _ in range(edges_per_node):
            v = rng.randrange(n)
            if v != u:
                graph[u].append((v, rng.randrange(1, 30)))
    dist = [10**12] * n
    dist[0] = 0
    pq = [(0, 0)]
    while pq:
        d, u = heapq.heappop(pq)
        if d != dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


if __name__ == "__main__":
    print("dijkstra", dijkstra(300, 8, 123))
    print("small", dijkstra(50, 2, 1), dijkstra(20, 1, 5), dijkstra(1, 3, 0))
    dd = dijkstra_dists(300, 8, 123)
    print("dist sum", sum(dd), "max", max(dd), "first", dd[:10])
    print("unreached", sum(1 for d in dijkstra_dists(50, 1, 4) if d == 10**12))
