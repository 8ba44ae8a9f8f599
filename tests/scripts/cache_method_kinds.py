# LoadMethod caching by receiver kind: the same call site sees different types.
def first_index(seq, x):
    return seq.index(x)
items = [[1, 2, 3], (4, 5, 6), "abc", [7, 8], range(10, 20)]
targets = [2, 6, "c", 7, 15]
print([first_index(s, t) for s, t in zip(items, targets)])

def count_in(seq):
    return seq.count(1)
print([count_in(s) for s in ([1, 1, 2], (1,), [0], (1, 1, 1))])

class MyList:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x * 10)
    def __repr__(self):
        return repr(self.items)
def add_all(target, values):
    for v in values:
        target.append(v)
    return target
print(add_all([], [1, 2]), add_all(MyList(), [1, 2]), add_all([], [3]))
try:
    add_all((1, 2), [3])
except AttributeError as e:
    print("AttributeError:", e)
