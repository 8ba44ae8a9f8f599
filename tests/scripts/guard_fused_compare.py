# The fused compare-and-jump and TOS-with-local/constant superinstructions: their
# inline int/float paths, and the fallbacks when other types arrive mid-loop.


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  V.__lt__", self.v, other if not isinstance(other, V) else other.v)
        return self.v < (other.v if isinstance(other, V) else other)

    def __add__(self, other):
        return V(self.v + (other.v if isinstance(other, V) else other))

    def __repr__(self):
        return "V(%r)" % (self.v,)


def count_below(xs, limit):
    n = 0
    for x in xs:
        if x < limit:
            n += 1
    return n


for limit in [3, 2.5, 10**20, "m"]:
    xs = [1, 2, 3, 4] if not isinstance(limit, str) else ["a", "z", "b"]
    print("below", limit, count_below(xs * 50, limit))
print("V", count_below([V(1), V(5)], V(3)))

def below_const(xs):
    out = []
    for x in xs:
        if x <= 4.0:
            out.append(x)
        elif x > 100:
            out.append(-1)
    return out

print(below_const(list(range(8)) + [2.5, 4.0, 4.5, 10**30, True, False]))
try:
    below_const([1, "2"])
except TypeError as e:
    print("TypeError:", e)

def tos_ops(xs, k):
    t = []
    for x in xs:
        t.append((x + 1, x * k, x - k, x / 2 if x != 0 else 0, x + k))
    return t

print(tos_ops([1, 2.5, -3, 10**18 * 9], 3)[:4])
print(tos_ops([1, 2], 0.5))
print([V(1) + 1, V(2) + V(3)])
try:
    tos_ops(["a"], 2)
except TypeError as e:
    print("TypeError:", e)

i, n = 0, 5
steps = []
while i < n:
    steps.append(i)
    i += 1
    if i == 3:
        n = 4.5
print(steps)

s = ""
for ch in "abcdef":
    s = s + ch
    s += "-"
print(s)
acc = []
for part in ([1], [2, 3], []):
    acc += part
print(acc)
big = 1
for _ in range(70):
    big = big + big
print(big, big < 2**70, 2**69 < big)
