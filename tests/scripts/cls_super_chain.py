# super() in __init__ chains and in methods
class A:
    def __init__(self, x):
        print("A.__init__", x)
        self.x = x
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def __init__(self, x, y):
        print("B.__init__", x, y)
        super().__init__(x)
        self.y = y
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return super().chain() + ["B"]

class C(B):
    def __init__(self, x, y, z):
        print("C.__init__", x, y, z)
        super().__init__(x, y)
        self.z = z
    def who(self):
        return "C>" + super().who()
    def chain(self):
        r = super().chain()
        r.append("C")
        return r

c = C(1, 2, 3)
print(c.x, c.y, c.z)
print(c.who())
print(c.chain())
b = B(5, 6)
print(b.who(), b.chain())
class D(C):
    pass
d = D(7, 8, 9)
print(d.who(), d.chain(), d.z)
class Logged:
    def __init__(self):
        self.log = []
    def add(self, v):
        self.log.append(v)
        return len(self.log)
class Doubled(Logged):
    def add(self, v):
        super().add(v)
        return super().add(v)
dd = Doubled()
print(dd.add("a"), dd.add("b"), dd.log)
class NoInit(A):
    def who(self):
        return "N" + super().who()
n = NoInit(11)
print(n.x, n.who())
class WithStr:
    def __str__(self):
        return "WithStr"
class SubStr(WithStr):
    def __str__(self):
        return "Sub(" + super().__str__() + ")"
print(SubStr(), str(SubStr()))
