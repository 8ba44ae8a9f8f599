class E(Exception):
    def __init__(self, x):
        super().__init__(f"bad {x}")
        self.x = x
e = E(5); print(str(e), repr(e), e.args, e.x)
class F(Exception):
    def __init__(self, x): Exception.__init__(self, "msg")
print(F(1), repr(F(1)))
class G(Exception):
    def __init__(self, x): self.x = x
print(G(1), repr(G(1)), G(1).x)
try:
    ValueError(x=1)
except TypeError as t: print(t)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
    @classmethod
    def make(cls, v):
        t = cls(); t.c = v; return t
    @staticmethod
    def conv(f): return (f - 32) * 5 / 9
t = Temp.make(20); print(t.c, Temp.conv(212), t.conv(50))
try: t.c = -300
except ValueError as e: print("err", e)
del t.c; print(t.c)
class Sub(Temp):
    @property
    def c(self): return super().c * 2
    @c.setter
    def c(self, v): self._c = v
s = Sub.make(4); print(s.c, type(s).__name__, Sub.make.__self__.__name__ if hasattr(Sub.make, "__self__") else None)
print(isinstance(Temp.c, property), type(Temp.__dict__["make"]).__name__)
