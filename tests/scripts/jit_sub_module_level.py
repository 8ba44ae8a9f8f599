# The four list/tuple fast paths in loops at module level (globals, compiled
# by on-stack replacement): list reads whose item type changes, in-place
# stores with out-of-range indices caught, 2-unpacks of tuples that turn
# into lists or 3-tuples, and pairs built and used as dict keys.

table = list(range(64))
acc = 0
for i in range(6000):
    if i == 3000:
        table[5] = 0.5
    if i == 4500:
        table[6] = 2 ** 70
    acc += table[i % 64]
print("module_read", acc)

errs = 0
store = [0] * 10
for i in range(5000):
    try:
        store[i % 12 - 1] = i
    except IndexError as e:
        errs += 1
        msg = str(e)
print("module_store", store, errs, msg)

pairs = [(i, -i) for i in range(3000)]
pairs[2000] = [1, 1]
pairs[2500] = (1, 2, 3)
total = 0
bad = []
for p in pairs:
    try:
        a, b = p
        total += a * 2 + b
    except ValueError as e:
        bad.append(str(e))
print("module_unpack", total, bad)

counts = {}
for i in range(6000):
    key = (i % 9, i % 4 == 0)
    counts[key] = counts.get(key, 0) + 1
print("module_pairs", sorted(counts.items())[:6], len(counts))

x, y = 0, 1
for i in range(4000):
    x, y = y, (x + y) % 1000000007
print("module_swap", x, y)

grid = [[0] * 20 for _ in range(20)]
for i in range(8000):
    r, c = (i * 7) % 20, (i * 11 + i // 20) % 20
    row = grid[r]
    row[c] = row[c] + 1 if i < 6000 else row[c] + 0.5
print("module_grid", sum(sum(r) for r in grid), grid[0][:5], grid[19][-3:])

stack = []
popped = 0
for i in range(5000):
    if i % 3 != 0:
        try:
            top = stack[-1]
            stack[-1] = top + 1
            popped += stack.pop()
        except IndexError:
            popped -= 1
    else:
        stack.append(i)
print("module_stack", popped, len(stack), stack[:3], stack[-3:])
