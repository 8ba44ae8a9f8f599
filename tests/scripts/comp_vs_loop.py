# comprehensions give the same results as equivalent loops
def loop_version(n):
    out = []
    for i in range(n):
        if i % 3:
            for j in range(i):
                if (i * j) % 4 == 1:
                    out.append((i, j))
    return out
def comp_version(n):
    return [(i, j) for i in range(n) if i % 3 for j in range(i) if (i * j) % 4 == 1]
print(loop_version(12) == comp_version(12), comp_version(8))
def dict_loop(words):
    d = {}
    for w in words:
        if w:
            d[w[0]] = d.get(w[0], 0) + 1
    return d
words = "a an and ant bee be cat".split() + [""]
print(dict_loop(words))
print({c: sum(1 for w in words if w and w[0] == c) for c in "abc"})
acc = []
res = [acc.append(i) or i * 2 for i in range(4)]
print(res, acc)
print([None for _ in range(3)], [[] for _ in range(2)])
squares = []
for x in range(5):
    squares.append(x * x)
print(squares == [x * x for x in range(5)])
print([x for x in []], {x: x for x in ()}, {x for x in ""})
print([i for i in range(10)][::-2], [i for i in reversed(range(4))])
n = 3
print([n * n for n in range(n)], n)
