# LoadGlobal caching must notice when a global shadows a built-in, and when it goes away.
def smallest(xs):
    return min(xs)

out = []
for i in range(6):
    if i == 2:
        def min(xs):
            return -1
    if i == 4:
        del min
    out.append(smallest([5, 3, 9]))
print(out)

LIMIT = 10
def under(n):
    return n < LIMIT
res = []
for i in range(4):
    res.append(under(7))
    LIMIT = 5
print(res)

def use_len(s):
    return len(s)
print([use_len("abc") for _ in range(3)])
len = lambda s: 42
print([use_len("abc") for _ in range(3)])
del len
print(use_len("hello"))
