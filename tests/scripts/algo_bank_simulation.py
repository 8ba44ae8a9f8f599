# Bank ledger simulation with dicts and lists (no classes)
import random
rng = random.Random(8)
accounts = {name: 100 for name in ["ann", "ben", "cal", "dee"]}
log = []
for step in range(25):
    src, dst = rng.sample(sorted(accounts), 2)
    amt = rng.randint(1, 60)
    if accounts[src] >= amt:
        accounts[src] -= amt
        accounts[dst] += amt
        log.append((step, src, dst, amt, "ok"))
    else:
        log.append((step, src, dst, amt, "declined"))
for entry in log:
    print(*entry)
print(accounts, sum(accounts.values()))
ok = [e for e in log if e[4] == "ok"]
print(len(ok), len(log) - len(ok), sum(e[3] for e in ok))
volume = {}
for _, s, d, a, st in ok:
    volume[s] = volume.get(s, 0) + a
print(sorted(volume.items(), key=lambda kv: (-kv[1], kv[0])))
richest = max(accounts, key=accounts.get)
print("richest", richest, accounts[richest])
print(f"{'name':<5}{'bal':>6}")
for n, b in sorted(accounts.items()):
    print(f"{n:<5}{b:>6}")
