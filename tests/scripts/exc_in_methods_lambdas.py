# exceptions raised inside methods, lambdas, and callbacks
class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, amt):
        if amt > self.bal:
            raise ValueError("insufficient funds: " + str(self.bal) + " < " + str(amt))
        self.bal -= amt
        return self.bal
a = Account(100)
for amt in [30, 80, 70, 1]:
    try:
        print("left", a.withdraw(amt))
    except ValueError as e:
        print("ValueError", e)
f = lambda x: 10 / x
for x in [5, 0]:
    try:
        print(f(x))
    except ZeroDivisionError as e:
        print("lambda raised", e)
get = lambda d, k: d[k]
try:
    get({"a": 1}, "b")
except KeyError as e:
    print("KeyError", e)
try:
    sorted([3, 1, 0], key=lambda v: 1 / v)
except ZeroDivisionError as e:
    print("in sort key:", e)
try:
    list(map(lambda s: int(s), ["1", "2", "three"]))
except ValueError as e:
    print("in map:", e)
try:
    [x for x in filter(lambda v: v.upper(), ["a", 1])]
except AttributeError as e:
    print("in filter:", e)
try:
    max([1, 2], key=lambda v: v["k"])
except TypeError as e:
    print("in max key:", e)
def apply_all(fs, v):
    out = []
    for fn in fs:
        try:
            out.append(fn(v))
        except Exception as e:
            out.append(type(e).__name__)
    return out
print(apply_all([lambda v: v + 1, lambda v: v[0], lambda v: v / 0, str, lambda v: v.nope], 4))
class Lazy:
    @property
    def broken(self):
        raise RuntimeError("property failed")
    def __len__(self):
        raise ValueError("len failed")
try:
    Lazy().broken
except RuntimeError as e:
    print("property:", e)
try:
    len(Lazy())
except ValueError as e:
    print("len:", e)
