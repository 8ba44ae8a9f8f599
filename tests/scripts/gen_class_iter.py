# Generators as methods: __iter__ with yield, other generator methods
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        print("  __iter__ called for", self.start)
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def evens(self):
        for v in self:
            if v % 2 == 0:
                yield v

    @staticmethod
    def static_gen(k):
        yield from range(k)

    @classmethod
    def class_gen(cls, k):
        for i in range(k):
            yield cls.__name__ + str(i)

c = Countdown(4)
for x in c:
    print("x", x)
print(list(c))
print(list(c.evens()))
print(sum(c), max(c), sorted(c))
print(3 in c, 7 in c)
it1 = iter(c)
it2 = iter(c)
print(next(it1), next(it1), next(it2))
print(list(Countdown.static_gen(3)), list(c.static_gen(2)))
print(list(Countdown.class_gen(2)))
print(type(c.evens()).__name__, c.evens().__name__, c.__iter__().__name__)

class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

t = Tree(1, [Tree(2, [Tree(4)]), Tree(3, [Tree(5), Tree(6)])])
print(list(t))
print([v * 10 for v in t])
