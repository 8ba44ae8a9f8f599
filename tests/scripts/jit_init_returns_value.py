class InitRet:
    def __init__(self, v):
        if v > 2000:
            return v
        self.v = v
def make(i):
    return InitRet(i)
n = 0
for i in range(3000):
    try:
        n += make(i).v
    except TypeError as e:
        n -= 1
        last = str(e)
print(n, last)
def check(f):
    try:
        return f()
    except TypeError as e:
        return "TypeError: " + str(e)
class Bad:
    def __init__(self):
        return 1
class Good:
    def __init__(self):
        return None
res = []
for i in range(2000):
    res.append(check(lambda: Bad()))
    res.append(type(check(lambda: Good())).__name__)
print(res[-2:], len(res))
def deep(k):
    if k == 0:
        return InitRet(5000)
    return deep(k - 1)
for j in range(300):
    try:
        deep(20)
    except TypeError as e:
        msg = str(e)
print(msg)
InitRet(9999)
