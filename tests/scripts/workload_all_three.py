# All three seed workloads, as the benchmark calls them, at reduced sizes
from __future__ import annotations

import random
import heapq

def mandelbrot(width: int = 1000, height: int = 1000, iters: int = 500) -> int:
    checksum = 0
    for y in range(height):
        cy = (y / height) * 2.4 - 1.2
        for x in range(width):
            cx = (x / width) * 3.2 - 2.2
            zx, zy, count = 0.0, 0.0, 0
            while zx * zx + zy * zy <= 4.0 and count < iters:
                zx, zy = zx * zx - zy * zy + cx, 2.0 * zx * zy + cy
                count += 1
            checksum += count
    return checksum

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

def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def levenshtein_batch(n: int = 10000, seed: int = 7, k: int = 50) -> int:
    rng = random.Random(seed)
    total = 0
    for _ in range(n):
        a = "".join(rng.choices("abc", k=k))
        b = "".join(rng.choices("abc", k=k))
        total += levenshtein(a, b)
    return total

results = {
    "mandelbrot": mandelbrot(60, 40, 50),
    "dijkstra": dijkstra(300, 8, 123),
    "levenshtein": levenshtein_batch(40, 7, 20),
}
for name, value in results.items():
    print(f"{name:<12} {value:>10}")
print(sum(results.values()))
