# combining string methods on realistic data
log = """2024-01-05 ERROR disk full on /dev/sda1
2024-01-05 INFO  backup started
2024-01-06 WARN  cpu temp 85C
2024-01-06 ERROR network unreachable
2024-01-07 INFO  backup finished"""
levels = {}
for line in log.splitlines():
    date, level, msg = line.split(None, 2)
    levels.setdefault(level, []).append(msg)
    print(date.replace("-", "/"), level.ljust(5, "."), msg.upper() if level == "ERROR" else msg)
print({k: len(v) for k, v in levels.items()})
errors = [l for l in log.splitlines() if " ERROR " in l]
print(len(errors), errors[-1].rsplit(" ", 1)[-1])
csv = "id,name,score\n1,ann,90.5\n2,bob,72\n3,cy,88.25\n"
header, *rows = csv.strip().split("\n")
cols = header.split(",")
table = [dict(zip(cols, r.split(","))) for r in rows]
print(table)
print(sum(float(r["score"]) for r in table) / len(table))
print(max(table, key=lambda r: float(r["score"]))["name"].upper())
url = "https://example.com/path/to/page?x=1&y=two&z="
scheme, rest = url.split("://")
host, path = rest.split("/", 1)
query = path[path.find("?") + 1:]
params = dict(p.split("=") for p in query.split("&"))
print(scheme, host, path[:path.find("?")], params)
title = "  the lord of the rings  "
small = {"of", "the"}
words = title.strip().split()
print(" ".join(w if (i and w in small) else w[0].upper() + w[1:] for i, w in enumerate(words)))
print("snake_case_name".replace("_", " ").split(), "".join(p[0].upper() + p[1:] for p in "snake_case_name".split("_")))
print("{:-^30}".format(" centered "), "abc".zfill(6), "x".join("123"))
