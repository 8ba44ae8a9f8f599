class Logged:
    def __init__(self, n):
        self.n = n
        self.log = []
    def __len__(self):
        self.log.append("len")
        return self.n
    def __getitem__(self, i):
        self.log.append(i)
        if i >= self.n:
            raise IndexError(i)
        return i * 10
s = Logged(4)
r = reversed(s)
print(type(r).__name__, s.log)
for x in r:
    s.log.append("body%d" % x)
print(s.log)
print(list(r), list(reversed(Logged(0))))
s2 = Logged(3)
r2 = reversed(s2)
print(next(r2))
s2.n = 1
print([x for x in r2], s2.log)
class Shrinks:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(list(reversed(Shrinks())))
class Neg:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i == 0:
            raise ValueError("zero")
        return i
try:
    print([x for x in reversed(Neg())])
except ValueError as e:
    print("ValueError", e)
