# __str__ and __repr__ via print, str(), repr(), f-strings, containers
class Both:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return "str:" + str(self.v)
    def __repr__(self):
        return "Both(" + repr(self.v) + ")"
class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"
class StrOnly:
    def __str__(self):
        return "just-str"

b = Both("x")
print(b)
print(str(b), repr(b))
print(f"{b}", f"{b!r}", f"{b!s}")
print([b, Both(2)])
print((b,), {"k": b}, {1: [b]})
print(ReprOnly(), str(ReprOnly()), f"{ReprOnly()}", [ReprOnly()])
print(StrOnly(), str(StrOnly()), f"{StrOnly()}")
print(repr(StrOnly()).startswith("<__main__.StrOnly object at"))
print("a", b, ReprOnly(), sep="|")
print(str([StrOnly()]).startswith("[<__main__.StrOnly object"))
print("{} {!r}".format(b, b))
print("joined: " + ", ".join(str(x) for x in [b, Both(3)]))
print(f"{b!s:>10}|{b!r:<12}|")
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return "Nested" + repr(self.items)
print(Nested([Both(1), Nested([])]))
print(str(Nested(["s"])))
class Sub(Both):
    def __str__(self):
        return "sub-" + super().__str__()
print(Sub(7), repr(Sub(7)), [Sub(7)])
class Q:
    def __repr__(self):
        return "Q'quote"
print(repr([Q()]), repr("Q'quote"))
