class Naturals:
    def __getitem__(self, i):
        return i
for n in Naturals():
    if n > 3:
        break
    print(n)
print(5 in Naturals())
print(list(zip(Naturals(), "ab")))
it = iter(Naturals())
print(next(it), next(it), type(it).__name__)
a, b = Naturals()[0], Naturals()[1]
print(a, b)
for i, v in enumerate(Naturals()):
    if i == 2:
        break
print(i, v)
print(list(map(lambda x: x * 2, [1, 2])), next(map(lambda x: x + 1, Naturals())))
class Squares:
    def __init__(self, n):
        self.n = n
        self.log = []
    def __getitem__(self, i):
        self.log.append(i)
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(4)
total = 0
for x in s:
    total += x
    s.log.append("body")
print(total, s.log)
class Boom:
    def __getitem__(self, i):
        if i == 3:
            raise ValueError("boom at 3")
        return 10
acc = 0
try:
    for x in Boom():
        acc += x
except ValueError as e:
    print("caught", e, acc)
class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "s%d" % i
print(list(Stopper()), sorted(Stopper()), tuple(Stopper()))
it = iter(Squares(1))
print(list(it), list(it))
def hot():
    t = 0
    for k in range(300):
        for x in Squares(20):
            t += x
    return t
print(hot())
x, y, z = Squares(3)
print(x, y, z)
try:
    p, q = Squares(3)
except ValueError as e:
    print(e)
