# __slots__ restricts instance attributes (joined along the bases); conflicts and unset slots
class P:
    __slots__ = ("x",)
p = P()
try: p.x
except AttributeError as e: print(e)
class Q(P): pass
q = Q(); q.z = 1; print(q.__dict__)
class R(P):
    __slots__ = ["y"]
r = R(); r.x = 1; r.y = 2
try: r.w = 1
except AttributeError as e: print(e)
class S:
    __slots__ = "name"
    kind = "s"
s = S(); s.name = 3; print(s.name)
try: s.kind = 4
except AttributeError as e: print(e)
try:
    class T:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
class D:
    __slots__ = ("a", "__dict__")
d = D(); d.b = 5; print(d.b)
class E(Exception):
    __slots__ = ("code",)
e = E("m"); e.code = 3; print(e.code, e)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vec(3, 4); v.x += 1; print(v.x, v.norm)
try: v.norm = 2
except AttributeError as e: print(e)
