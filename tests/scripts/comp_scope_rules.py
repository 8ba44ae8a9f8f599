# comprehension scope: loop var does not leak, outer names visible, class scope
i = "outer"
lst = [i for i in range(3)]
print(i, lst)
x = 10
print([x + k for k in range(3)], x)
k = "k-outer"
d = {k: k * 2 for k in range(2)}
print(k, d)
s = {m for m in range(3)}
try:
    m
except NameError as e:
    print("NameError:", e)
g = (z for z in range(3))
try:
    z
except NameError as e:
    print("NameError:", e)
print(list(g))
def f():
    inner = [j for j in range(3)]
    try:
        return j
    except NameError as e:
        return "NameError: " + str(e)
print(f())
data = [[1, 2], [3]]
flat = [item for sub in data for item in sub]
try:
    sub
except NameError as e:
    print("NameError:", e)
print(flat)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(C.doubled, C.total)
n = 5
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs], n)
def counter():
    count = 0
    def bump(v):
        nonlocal count
        count += v
        return count
    return [bump(v) for v in range(5)], count
print(counter())
y = 100
print([[y for y in range(2)] for _ in range(2)], y)
print([y for y in [y + 1]], y)
