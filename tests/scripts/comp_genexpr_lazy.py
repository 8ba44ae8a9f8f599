calls = []
def f(x):
    calls.append(x)
    return x > 2
print(any(f(x) for x in [1, 2, 3, 4, 5]), calls)
g = (x * x for x in range(4))
print(g.__class__.__name__ if hasattr(g, "__class__") else "", next(g), next(g), list(g), list(g))
print(sum(i for i in range(10) if i % 2), "".join(c.upper() for c in "abc"))
print(list((i, j) for i in range(3) for j in range(i)))
def gen_err():
    return list(1 // (x - 2) for x in range(4))
try:
    gen_err()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
n = 5
print(max((n - k) ** 2 for k in range(10)))
it = (x for x in [1, 2])
for a in it:
    for b in it:
        print(a, b)
print(sorted(x % 3 for x in range(10)))
print(tuple(x for x in "hi"), set(x for x in [1, 1, 2]), dict((k, v) for k, v in [(1, 2)]))
