class W:
    def __eq__(self, o): return "yes"
print(W() == 1, W() != 1, 1 == W())
class N:
    def __eq__(self, o): return True
print(1 != N(), N() != 1, N() != N())
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
class C(P):
    pass
try:
    print(hash(C(1)))
except TypeError as e:
    print("TypeError:", e)
class H(P):
    def __hash__(self): return hash(self.v)
print(hash(H(5)) == hash(5), {H(1): "a"}[H(1)], {H(2): "b"}.pop(H(2)))
class M:
    def __init__(self, v): self.v = v
    def __mul__(self, o):
        if isinstance(o, int): return M(self.v * o)
        return NotImplemented
    def __rmul__(self, o): return self * o
    def __repr__(self): return f"M({self.v})"
print(M(2) * 3, 3 * M(2))
try:
    M(2) * M(3)
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __eq__(self, o): print("Base.eq"); return NotImplemented
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
    def __gt__(self, o): return "Base.gt"
    def __lt__(self, o): return "Base.lt"
class Sub(Base):
    def __eq__(self, o): print("Sub.eq"); return NotImplemented
    def __radd__(self, o): return "Sub.radd"
    def __gt__(self, o): return "Sub.gt"
print(Base() == Sub())
print(Base() + Sub(), Sub() + Base())
print(Base() < Sub(), Sub() < Base())
class B:
    def m(self): pass
b = B()
print(b.m == b.m, b.m != b.m, b.m == B().m, b.m is b.m)
handlers = [b.m]
handlers.remove(b.m)
print(handlers, len({b.m, b.m}))
class Q:
    def __eq__(self, o): return False
    __hash__ = object.__hash__ if False else None
q = Q()
print(q in [q], [q] == [q], [q].count(q))
class R:
    def __eq__(self, o): return False
    def __hash__(self): return 1
r = R()
d = {r: 1}
print(d.get(r), r in d, {r} == {r})
print([10**20] == [1e20], 10**20 in [1e20], {1e20: "x"}.get(10**20), len({2**64, 2.0**64}))
