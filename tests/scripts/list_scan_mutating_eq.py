# list.count/index/remove read the list afresh at every step (an __eq__ that
# mutates the list is seen, as in CPython).
class E:
    def __init__(self, xs, act):
        self.xs = xs
        self.act = act
    def __eq__(self, other):
        if self.act == "pop" and self.xs:
            self.xs.pop()
        elif self.act == "append" and len(self.xs) < 20:
            self.xs.append(other)
        return other == 3
xs = [1, 2, 3, 4, 5, 3]
print(xs.count(E(xs, "pop")), xs)
xs = [1, 2, 3, 4, 5, 3]
print(xs.count(E(xs, "append")), len(xs))
xs = [1, 2, 3, 4, 5, 3]
try:
    print(xs.index(E(xs, "pop")), xs)
except ValueError as e:
    print("ValueError", e is not None, xs)
xs = [1, 2, 3, 4, 5, 3]
print(xs.index(E(xs, "append"), 1), len(xs))
xs = [1, 2, 4, 5, 3, 3]
xs.remove(E(xs, "append"))
print(xs)
xs = [1, 2, 4, 5]
try:
    xs.remove(E(xs, "pop"))
except ValueError as e:
    print("ValueError", e, xs)
print([1, 2, 3, 2].index(2, 2), [1, 2, 3].count(2), [1, 2].index(2, -1))
try:
    [1, 2, 3].index(1, 1, 2)
except ValueError as e:
    print(e)
