"""Student grade book: statistics, ranking with ties, letter grades, histograms."""
import math

RAW = """
alice: 88, 92, 79, 93
bob: 75, 64, 81
carol: 95, 98, 100, 91, 97
dave: 55, 70, 62, 58
erin: 88, 92, 79, 93
frank:
grace: 100
heidi: 82.5, 77.5, 90
"""


def parse(raw):
    book = {}
    for line in raw.strip().splitlines():
        name, _, rest = line.partition(":")
        scores = [float(s) if "." in s else int(s) for s in (p.strip() for p in rest.split(",")) if s]
        book[name.strip().title()] = scores
    return book


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    if len(xs) < 2:
        return 0.0
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


book = parse(RAW)
print(book)
stats = {}
for name, scores in book.items():
    if not scores:
        print(f"{name}: no scores")
        continue
    stats[name] = (mean(scores), median(scores), stdev(scores), max(scores), min(scores))

print(f"{'Name':<8}{'Mean':>8}{'Median':>8}{'StDev':>8}{'Hi':>6}{'Lo':>6}  Grade")
for name, (m, med, sd, hi, lo) in sorted(stats.items(), key=lambda kv: (-kv[1][0], kv[0])):
    print(f"{name:<8}{m:>8.2f}{med:>8.1f}{sd:>8.3f}{hi:>6}{lo:>6}  {letter(m)}")

ranked = sorted(stats, key=lambda n: stats[n][0], reverse=True)
ranks = {}
prev, rank = None, 0
for pos, name in enumerate(ranked, 1):
    if stats[name][0] != prev:
        rank = pos
        prev = stats[name][0]
    ranks[name] = rank
print(ranks)

grades = {}
for name, s in stats.items():
    grades.setdefault(letter(s[0]), []).append(name)
for g in "ABCDF":
    names = grades.get(g, [])
    print(f"{g}: {'*' * len(names):<5} {', '.join(names)}")

all_scores = [x for s in book.values() for x in s]
print(len(all_scores), round(mean(all_scores), 4), median(all_scores), f"{stdev(all_scores):.6f}")
buckets = {}
for x in all_scores:
    b = min(int(x // 10) * 10, 90)
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    print(f"{b:>3}-{b + 9:<3}|{'#' * buckets[b]}")
z = {n: [(x - mean(all_scores)) / stdev(all_scores) for x in sc] for n, sc in book.items() if sc}
print({n: [round(v, 2) for v in vs] for n, vs in z.items()})
curve = 100 - max(all_scores)
print("curve:", curve, [min(100, x + 5) for x in book["Dave"]])
print(sum(1 for s in stats.values() if s[0] > 80), any(s[4] < 60 for s in stats.values()), all(book.values()))
print(f"{mean([0.1, 0.2, 0.3]):.20f}", mean([1, 2]), mean([1, 2, 3]), median([3, 1, 2, 10]), median([5]))
print(max(stats.items(), key=lambda kv: kv[1][2])[0], min(stats, key=lambda n: (stats[n][3] - stats[n][4], n)))
