# exceptions raised and caught on many loop iterations
data = {i: i * i for i in range(0, 1000, 3)}
hits = misses = 0
for i in range(1000):
    try:
        hits += data[i] % 7
    except KeyError:
        misses += 1
print(hits, misses)
errs = 0
total = 0
for i in range(-500, 500):
    try:
        total += 1000 // i
    except ZeroDivisionError:
        errs += 1
print(total, errs)
parsed = []
bad = 0
for tok in ("12 x 7 -3 4.5 9 0x10 1_000 " * 50).split():
    try:
        parsed.append(int(tok))
    except ValueError:
        bad += 1
print(len(parsed), sum(parsed), bad)
class Skip(Exception):
    pass
def check(n):
    if n % 5 == 0:
        raise Skip(n)
    return n
kept = []
for n in range(2000):
    try:
        kept.append(check(n))
    except Skip as s:
        if s.args[0] % 500 == 0:
            kept.append(-s.args[0])
print(len(kept), sum(kept))
lst = list(range(10))
idx_err = 0
for i in range(5000):
    try:
        lst[i % 15]
    except IndexError:
        idx_err += 1
    finally:
        pass
print(idx_err)
count = 0
i = 0
while i < 3000:
    i += 1
    try:
        if i % 2:
            raise ValueError
        count += 1
    except ValueError:
        continue
print(count, i)
