# statistics computed by hand
import math
data = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.1, 6.0, 4.4]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
std = math.sqrt(var)
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
print(n, mean, var, std, median)
print(f"mean={mean:.4f} std={std:.4f} min={min(data)} max={max(data)} range={max(data) - min(data):.2f}")
zs = [round((x - mean) / std, 3) for x in data]
print(zs)
ints = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
counts = {}
for v in ints:
    counts[v] = counts.get(v, 0) + 1
mode = max(sorted(counts), key=lambda k: counts[k])
print(mode, counts[mode], sum(ints) / len(ints), sum(ints) // len(ints))
xs = [1, 2, 3, 4, 5]
ys = [2.2, 4.1, 6.3, 7.9, 10.2]
mx, my = sum(xs) / 5, sum(ys) / 5
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
icpt = my - slope * mx
print(round(slope, 6), round(icpt, 6), [round(slope * x + icpt, 3) for x in xs])
geo = math.exp(sum(math.log(x) for x in data) / n)
harm = n / sum(1 / x for x in data)
print(round(geo, 9), round(harm, 9), geo < mean, harm < geo)
pct = [s[int(p / 100 * (n - 1))] for p in (0, 25, 50, 75, 100)]
print(pct)
