# nested dicts, grouping, counting
records = [
    ("alice", "eng", 120), ("bob", "eng", 100), ("carol", "ops", 90),
    ("dave", "ops", 95), ("erin", "eng", 130), ("frank", "sales", 70),
]
by_dept = {}
for name, dept, pay in records:
    by_dept.setdefault(dept, []).append((name, pay))
print(by_dept)
summary = {d: {"count": len(v), "total": sum(p for _, p in v), "max": max(v, key=lambda t: t[1])[0]} for d, v in by_dept.items()}
print(summary)
for d in sorted(summary):
    s = summary[d]
    print(f"{d:6} n={s['count']} total={s['total']:4} avg={s['total'] / s['count']:.2f} top={s['max']}")
matrix = {}
pairs = [("a", "x"), ("a", "y"), ("b", "x"), ("a", "x")]
for r, c in pairs:
    matrix.setdefault(r, {})
    matrix[r][c] = matrix[r].get(c, 0) + 1
print(matrix)
inverted = {}
for r, cols in matrix.items():
    for c, n in cols.items():
        inverted.setdefault(c, {})[r] = n
print(inverted)
letters = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    letters[w[0]] = letters.get(w[0], 0) + 1
print(letters, max(letters.items(), key=lambda kv: kv[1]))
cfg = {"db": {"host": "h", "port": 5432}, "debug": False}
cfg2 = dict(cfg)
cfg2["db"]["port"] = 1
cfg2["debug"] = True
print(cfg, cfg2)
