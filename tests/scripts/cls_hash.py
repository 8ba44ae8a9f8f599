# __hash__ with dicts and sets; unhashable when __eq__ without __hash__
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(" + str(self.a) + "," + str(self.b) + ")"

d = {}
d[Key(1, 2)] = "x"
d[Key(1, 2)] = "y"
d[Key(2, 1)] = "z"
print(len(d), d[Key(1, 2)], list(d.values()))
s = {Key(0, 0), Key(0, 0), Key(1, 1)}
print(len(s), Key(1, 1) in s, Key(5, 5) in s)
print(hash(Key(3, 4)) == hash(Key(3, 4)), hash(Key(3, 4)) == hash((3, 4)))
class EqNoHash:
    def __eq__(self, o):
        return True
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError", e)
try:
    {EqNoHash(): 1}
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
p = Plain()
dp = {p: 1}
print(dp[p], Plain() in dp, hash(p) == hash(p))
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.v == o.v
print(len({ConstHash(1), ConstHash(2), ConstHash(1)}), hash(ConstHash(9)))
class IntHash:
    def __hash__(self):
        return -1
print(hash(IntHash()))
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
counts = {}
for k in [Key(1, 1), Key(2, 2), Key(1, 1), Key(1, 1)]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
