# __iter__ / __next__ protocol with for, list, sum, zip, unpacking, next()
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for v in Countdown(3):
    print("tick", v)
print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(6)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration:
    print("StopIteration caught")
a, b, cc = Countdown(3)
print(a, b, cc)
print(list(zip(Countdown(3), "abc")), dict(enumerate(Countdown(2))))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i
r = Range2(4)
print(list(r), list(r), [x + 1 for x in r], sorted(r, reverse=True))
print(sum(x for x in r if x % 2 == 0), tuple(r), set(r) == {1, 4, 9, 16})
it = iter(r)
print(next(it), next(it), list(it))
for x in Range2(3):
    for y in Range2(2):
        print(x, y, end="; ")
print()
first, *rest = Range2(5)
print(first, rest)
print("-".join(str(v) for v in Countdown(4)), any(v > 3 for v in Countdown(5)))
