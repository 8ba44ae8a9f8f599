# __len__, __bool__, __contains__ via builtins and truthiness
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print("  contains?", x)
        return x in self.items

b = Bag(1, 2, 3)
print(len(b), len(Bag()))
print(2 in b, 5 in b, 5 not in b)
print(bool(b), bool(Bag()))
if Bag():
    print("empty truthy")
else:
    print("empty falsy")
print("yes" if b else "no", not b, not Bag())
print(b and "and-right", Bag() or "or-right")
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  bool called", self.on)
        return self.on
print(bool(Flag(True)), bool(Flag(False)))
x = Flag(False) or Flag(True)
print(x.on)
while Flag(False):
    print("never")
print([i for i, f in enumerate([Flag(True), Flag(False), Flag(True)]) if f])
print(any([Flag(False), Flag(True), Flag(False)]))
print(all([Flag(True), Flag(False), Flag(True)]))
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()), len(Both()))
class Plain:
    pass
print(bool(Plain()))
class IterOnly:
    def __iter__(self):
        return iter([10, 20])
print(20 in IterOnly(), 30 in IterOnly())
class GetOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 5
print(10 in GetOnly(), 7 in GetOnly(), list(GetOnly()))
