# Small algorithms whose hot loops combine list reads and stores, pair
# unpacking and pair building: Dijkstra on a grid with (dist, node) pairs,
# BFS with (r, c) coordinates, matrix products over ints then floats,
# longest common subsequence, union-find and a bucket histogram.

import heapq


def grid_graph(w, h):
    adj = []
    for r in range(h):
        for c in range(w):
            nbrs = []
            if c + 1 < w:
                nbrs.append((r * w + c + 1, (r * 7 + c * 3) % 9 + 1))
            if r + 1 < h:
                nbrs.append(((r + 1) * w + c, (r * 5 + c * 11) % 13 + 1))
            if c > 0:
                nbrs.append((r * w + c - 1, (r + c) % 4 + 1))
            adj.append(nbrs)
    return adj


def dijkstra(adj, src):
    dist = [None] * len(adj)
    dist[src] = 0
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            cur = dist[v]
            if cur is None or nd < cur:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


adj = grid_graph(40, 40)
dist = dijkstra(adj, 0)
print("dijkstra", dist[-1], dist[39], sum(x for x in dist if x is not None), dist.count(None))
# the same code with float weights (heap pairs of floats)
fadj = [[(v, w * 0.5) for v, w in nb] for nb in adj]
fdist = dijkstra(fadj, 0)
print("dijkstra_float", fdist[-1], fdist[39])


def bfs(grid, start):
    h = len(grid)
    w = len(grid[0])
    seen = [[-1] * w for _ in range(h)]
    sr, sc = start
    seen[sr][sc] = 0
    queue = [start]
    head = 0
    while head < len(queue):
        r, c = queue[head]
        head += 1
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and seen[nr][nc] < 0:
                seen[nr][nc] = seen[r][c] + 1
                queue.append((nr, nc))
    far = max(max(row) for row in seen)
    unreached = sum(row.count(-1) for row in seen)
    return far, unreached, len(queue), seen[h - 1][w - 1]


maze = []
for r in range(50):
    row = ""
    for c in range(50):
        row += "#" if (r * 13 + c * 7) % 11 == 0 and (r, c) != (0, 0) else "."
    maze.append(row)
print("bfs", bfs(maze, (0, 0)))


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = [[0] * m for _ in range(n)]
    for i in range(n):
        ai = a[i]
        oi = out[i]
        for j in range(m):
            s = ai[0] * b[0][j]
            for t in range(1, k):
                s += ai[t] * b[t][j]
            oi[j] = s
    return out


A = [[(i * j + 1) % 7 for j in range(18)] for i in range(18)]
B = [[(i + 2 * j) % 5 for j in range(18)] for i in range(18)]
C = matmul(A, B)
print("matmul_int", C[0][:6], sum(sum(r) for r in C))
Af = [[x * 0.5 for x in r] for r in A]
Cf = matmul(Af, B)
print("matmul_float", Cf[0][:6], sum(sum(r) for r in Cf))
Ab = [[x * 2 ** 40 for x in r] for r in A]
Cb = matmul(Ab, [[x * 2 ** 30 for x in r] for r in B])
print("matmul_big", Cb[0][0], sum(sum(r) for r in Cb) % 1000000007)
P = C
for _ in range(6):
    P = matmul(P, C)
print("matmul_pow", P[0][0] % 1000000007, P[17][17] > 2 ** 63)


def lcs(a, b):
    m = len(b)
    prev = [0] * (m + 1)
    for i in range(len(a)):
        cur = [0] * (m + 1)
        ai = a[i]
        for j in range(m):
            if ai == b[j]:
                cur[j + 1] = prev[j] + 1
            else:
                x, y = prev[j + 1], cur[j]
                cur[j + 1] = x if x > y else y
        prev = cur
    return prev[m]


print("lcs", lcs("ACCGGTCGAGTGCGCGGAAGCCGGCCGAA" * 3, "GTCGTTCGGAATGCCGTTGCTCTGTAAA" * 3))
print("lcs_lists", lcs([i % 7 for i in range(90)], [i % 5 for i in range(80)]))


def union_find(n, edges):
    parent = list(range(n))
    rank = [0] * n

    def find(x):
        chk = 0
        while parent[x] != x:
            # padding: inline int work, so the loop is compiled at the default setting
            chk = (chk * 31 + 7) & 65535
            chk = (chk * 31 + 7) & 65535
            chk = (chk * 31 + 7) & 65535
            chk = (chk * 31 + 7) & 65535
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    merges = 0
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        if rank[ra] == rank[rb]:
            rank[ra] += 1
        merges += 1
    roots = {}
    for i in range(n):
        r = find(i)
        roots[r] = roots.get(r, 0) + 1
    return merges, len(roots), max(roots.values())


edges = [((i * 7919) % 3000, (i * 104729) % 3000) for i in range(2500)]
print("union_find", union_find(3000, edges))


def histogram(values, buckets, lo, hi):
    counts = [0] * buckets
    width = (hi - lo) / buckets
    outside = 0
    chk = 0
    for v in values:
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        k = int((v - lo) // width)
        try:
            if k < 0:
                raise IndexError("below")
            counts[k] += 1
        except IndexError:
            outside += 1
    return counts, outside


vals = [((i * 2654435761) % 1000) / 10 - 5 for i in range(5000)]
print("histogram", histogram(vals, 10, 0, 90))


def running_pairs(n):
    # min and max with positions kept as pairs in a list, replaced in place
    best = [(0, -1), (0, -1)]
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        v = x % 100000
        lo, lo_at = best[0]
        hi, hi_at = best[1]
        if lo_at < 0 or v < lo:
            best[0] = (v, i)
        if hi_at < 0 or v > hi:
            best[1] = (v, i)
    return best


print("running_pairs", running_pairs(6000))
