# __eq__ / __ne__ through ==, !=, in, list.index, list.count, dict keys
class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        if isinstance(other, V):
            return self.x == other.x
        return NotImplemented
    def __hash__(self):
        return hash(self.x)
    def __repr__(self):
        return "V(" + str(self.x) + ")"

print(V(1) == V(1), V(1) == V(2), V(1) != V(1), V(1) != V(2))
print(V(1) == 1, 1 == V(1), V(1) != "a")
vs = [V(3), V(1), V(2), V(1)]
print(V(2) in vs, V(9) in vs, vs.index(V(2)), vs.count(V(1)))
vs.remove(V(1))
print(vs)
d = {V(1): "one", V(2): "two"}
print(d[V(1)], V(2) in d, d.get(V(3), "none"))
print([V(1), V(2)] == [V(1), V(2)], (V(1),) == (V(2),))
class OnlyEq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    __hash__ = None
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class CustomNe:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return "custom-ne"
print(CustomNe() == 5, CustomNe() != 5)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), p is p)
class Always:
    def __eq__(self, o):
        print("  Always.__eq__ called")
        return True
print(3 == Always())
print(Always() == 3)
print([1, 2].count(Always()))
class Mixed(V):
    pass
print(Mixed(5) == V(5), V(5) == Mixed(5))
