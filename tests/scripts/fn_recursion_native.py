class N:
    def __init__(s, d):
        s.c = N(d - 1) if d else None
n = N(450)
def reach(u): return u == 300 or any(reach(v) for v in [u + 1])
print(reach(0))
class L:
    def __init__(s, d): s.d = d
    def __len__(s): return len(L(s.d - 1)) + 1 if s.d else 0
print(len(L(600)))
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError", e)
class T:
    def __init__(s, d): s.k = T(d + 1)
try:
    T(0)
except RecursionError as e:
    print("RecursionError", e)
class E:
    def __eq__(s, o): return s == o
try:
    E() == E()
except RecursionError as e:
    print("RecursionError", e)
print(deep(900))
