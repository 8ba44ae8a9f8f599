# @staticmethod called on class, instance, subclass
class MathUtil:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def describe():
        return "MathUtil helpers"
    @staticmethod
    def clamp(x, lo=0, hi=10):
        return max(lo, min(hi, x))
    def use(self, v):
        return self.add(v, self.factor)

print(MathUtil.add(2, 3))
m = MathUtil()
print(m.add(10, 20))
print(MathUtil.describe(), m.describe())
print(MathUtil.clamp(15), MathUtil.clamp(-3), MathUtil.clamp(5, hi=4), m.clamp(x=7, lo=8))
print(m.use(4))
class Sub(MathUtil):
    @staticmethod
    def describe():
        return "Sub helpers"
print(Sub.add(1, 1), Sub.describe(), Sub().describe(), Sub().use(1))
f = MathUtil.add
print(f(100, 1))
g = m.clamp
print(g(50))
print(list(map(MathUtil.clamp, [-5, 5, 50])))
print(sorted([3, -20, 14, 7], key=MathUtil.clamp))
class Registry:
    items = []
    @staticmethod
    def register(x):
        Registry.items.append(x)
        return len(Registry.items)
print(Registry.register("a"), Registry().register("b"), Registry.items)
