class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return f"P({self.__dict__})"
p = P(a=1, b="x")
print(p.a, p.b, p)
d = vars(p)
d["c"] = 3
print(p.c, d is p.__dict__, type(d).__name__)
del p.__dict__["a"]
print(hasattr(p, "a"), p.__dict__)
p.z = 9
print(d)
for i in range(3000):
    p.__dict__["k"] = i
    s = p.k
print(s)
def mk():
    q = P(n=1)
    dd = q.__dict__
    dd["self"] = q
    return dd
dd = mk()
print(dd["self"].n, sorted(dd))
class Q: pass
q = Q()
# Many instances whose dicts hold cycles through the shared dict, kept and dropped
# while the collector runs.
keep = []
for i in range(30000):
    o = P(i=i)
    o.__dict__["me"] = o
    if i % 1000 == 0:
        keep.append(o.__dict__)
print(len(keep), [k["i"] for k in keep[:5]], keep[-1]["me"].i)
