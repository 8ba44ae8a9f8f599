# Recursive generators: flattening nested lists, permutations, deep delegation
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [[[]]], 8])))

def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p

print(["".join(p) for p in perms("abc")])

def deep(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep(n - 1)
    yield n
print(list(deep(5)), len(list(deep(150))))

def subsets(items):
    if not items:
        yield []
        return
    for rest in subsets(items[1:]):
        yield rest
        yield [items[0]] + rest
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def walk_dict(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk_dict(v, prefix + k + ".")
        else:
            yield prefix + k, v
print(dict(walk_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": 4})))
