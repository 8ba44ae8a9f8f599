# heapq push/pop loops hot enough to compile, with int, float, tuple and
# string items, heapify/heappushpop/heapreplace, nsmallest/nlargest, and a
# Dijkstra on a generated graph.

import heapq


def heap_sort(vals):
    h = []
    for v in vals:
        heapq.heappush(h, v)
    out = []
    while h:
        out.append(heapq.heappop(h))
    return out


vals = [(i * 7919) % 2003 for i in range(2500)]
s = heap_sort(vals)
print("heap_sort ints", s[:8], s[-4:], s == sorted(vals))
fv = [v * 0.5 - 300 for v in vals[:1500]] + [3, 2, 1]
s = heap_sort(fv)
print("heap_sort mixed", s[:5], s[-3:], s == sorted(fv))


def running_median(vals):
    lo = []
    hi = []
    meds = []
    for v in vals:
        if not lo or v <= -lo[0]:
            heapq.heappush(lo, -v)
        else:
            heapq.heappush(hi, v)
        if len(lo) > len(hi) + 1:
            heapq.heappush(hi, -heapq.heappop(lo))
        elif len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        meds.append(-lo[0])
    return meds


m = running_median(vals[:2000])
print("running_median", m[:10], m[-5:], sum(m))


def top_k(vals, k):
    h = []
    for v in vals:
        if len(h) < k:
            heapq.heappush(h, v)
        elif v > h[0]:
            heapq.heapreplace(h, v)
    return sorted(h)


print("top_k", top_k(vals, 6), heapq.nlargest(6, vals), heapq.nsmallest(4, vals))


def pushpop_stream(vals):
    h = vals[:50]
    heapq.heapify(h)
    acc = 0
    for v in vals[50:]:
        acc += heapq.heappushpop(h, v)
    return acc, h[0], len(h)


print("pushpop_stream", pushpop_stream(vals))


def tuple_heap(n):
    h = []
    for i in range(n):
        heapq.heappush(h, ((i * 31) % 97, "t" + str(i % 13), i))
    out = []
    for _ in range(6):
        out.append(heapq.heappop(h))
    return out, len(h)


print("tuple_heap", tuple_heap(2000))


def dijkstra(n):
    adj = [[] for _ in range(n)]
    for u in range(n):
        for k in (1, 7, 31):
            v = (u * k + 3) % n
            adj[u].append((v, (u * 13 + k) % 17 + 1))
    dist = [None] * n
    dist[0] = 0
    h = [(0, 0)]
    pops = 0
    while h:
        d, u = heapq.heappop(h)
        pops += 1
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if dist[v] is None or nd < dist[v]:
                dist[v] = nd
                heapq.heappush(h, (nd, v))
    reach = [x for x in dist if x is not None]
    return len(reach), max(reach), sum(reach), pops


print("dijkstra", dijkstra(1500))


def heap_types_change(n):
    h = []
    for i in range(n):
        heapq.heappush(h, i % 50 if i < 1800 else (i % 50) + 0.5)
    a = [heapq.heappop(h) for _ in range(5)]
    try:
        heapq.heappush(h, "x")
    except TypeError as e:
        a.append("TypeError: " + str(e))
    return a


print("heap_types_change", heap_types_change(2200))


def merge_lists(k, n):
    lists = [sorted((i * 17 + j * 5) % 1000 for i in range(n)) for j in range(k)]
    h = [(lst[0], j, 0) for j, lst in enumerate(lists)]
    heapq.heapify(h)
    out = []
    while h:
        v, j, idx = heapq.heappop(h)
        out.append(v)
        if idx + 1 < len(lists[j]):
            heapq.heappush(h, (lists[j][idx + 1], j, idx + 1))
    return len(out), out[:6], out == sorted(out)


print("merge_lists", merge_lists(5, 400))
