# The fused `a[b]`, `a[i + k]` / `a[i - k]` and `a < b` (two locals) forms: their
# inline list/tuple/int paths and every fallback, mid-loop.


class Seq:
    def __getitem__(self, i):
        return ("seq", i)


def pick(a, b):
    return a[b]


def neighbours(a, i):
    return a[i - 1], a[i + 1]


def less(a, b):
    return a < b


data = [10, 20, 30, 40]
print([pick(data, i) for i in range(-4, 4)])
print(pick((1, 2, 3), 1), pick("hey", 2), pick({"k": 5}, "k"), pick(Seq(), 7))
print(pick(data, True), pick(data, 2**70 // 2**69))
for bad in (4, -5, 2**64):
    try:
        pick(data, bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    pick(data, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    pick({}, "missing")
except KeyError as e:
    print("KeyError:", e)

print([neighbours(data, i) for i in range(1, 3)])
print(neighbours("abc", 1), neighbours(Seq(), 0), neighbours({0: "z", 2: "y"}, 1))
print(neighbours(data, 0))
try:
    neighbours(data, 3)
except IndexError as e:
    print("IndexError:", e)
try:
    neighbours(data, 1.0)
except TypeError as e:
    print("TypeError:", e)
big = 2**63 - 1
try:
    neighbours(data, big)
except IndexError as e:
    print("IndexError:", e)

pairs = [(1, 2), (2.5, 2), (3, 3.0), ("a", "b"), ("b", "a"), ((1, 2), (1, 3)), ([1], [0])]
print([less(a, b) for a, b in pairs])
for a, b in [(1, "x"), (None, 1)]:
    try:
        less(a, b)
    except TypeError as e:
        print("TypeError:", e)

total = 0
grid = [[i * j for j in range(6)] for i in range(6)]
for i in range(1, 5):
    row = grid[i]
    for j in range(1, 5):
        total += row[j - 1] + row[j + 1] + grid[i - 1][j] + grid[i + 1][j]
print(total)
