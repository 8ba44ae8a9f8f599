# Fused load/arith/compare instructions must behave exactly like the plain sequence
# when their inline int/float path does not apply.
def mix(values):
    out = []
    for v in values:
        w = v
        out.append(v + w)        # LoadFast; LoadFast; BinaryOp
        out.append(v * 2)        # LoadFast; LoadConst; BinaryOp
    return out
print(mix([1, 2.5, "ab", [1], True, 2 ** 62, -(2 ** 63)]))

def grow(n):
    x = 3
    for _ in range(n):
        x = x * x                # overflows into a big int
    return x
print(grow(7))

def counter(n):
    c = 0
    while c < n:                 # CompareOp; PopJumpIfFalse
        c += 1
    return c
print(counter(10), counter(0))

def mixed_compare(items):
    n = 0
    for a in items:
        b = a
        if a < b or a == b:
            n += 1
    return n
print(mixed_compare([1, 2.0, "s", (1, 2), [3]]))

def unbound(flag):
    if flag:
        y = 1
    return y + 1                 # fused load of an unbound local
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(unbound(True))

class Weird:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Weird(self.v + 100)
    def __lt__(self, other):
        return self.v < 500
    def __repr__(self):
        return f"Weird({self.v})"
w = Weird(1)
for _ in range(6):
    w = w + 1
print(w, w < 3)

def faults(xs):
    errs = 0
    total = 0
    for x in xs:
        try:
            total = total + 10 // x
        except ZeroDivisionError:
            errs += 1
    return total, errs
print(faults([1, 0, 2, 0, 5]))
a, b = 1, 2
a, b = b, a
print(a, b)
