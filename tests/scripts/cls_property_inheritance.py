# properties inherited, overridden, and computed from other properties
class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    @property
    def full(self):
        return self.first + " " + self.last
    @property
    def initials(self):
        return "".join(p[0] for p in self.full.split())
    @full.setter
    def full(self, value):
        self.first, self.last = value.split(" ", 1)

class Employee(Person):
    def __init__(self, first, last, title):
        super().__init__(first, last)
        self.title = title
    @property
    def full(self):
        return self.title + " " + self.first + " " + self.last

p = Person("ada", "lovelace")
e = Employee("alan", "turing", "Dr")
print(p.full, p.initials)
print(e.full, e.initials)
p.full = "grace brewster hopper"
print(p.first, "|", p.last, "|", p.initials)
try:
    e.full = "x y"
except AttributeError:
    print("AttributeError on overridden property without setter")
print(isinstance(Person.full, property), type(Person.full).__name__)
class Counter:
    def __init__(self):
        self._n = 0
    @property
    def n(self):
        return self._n
    @n.setter
    def n(self, v):
        self._n = max(0, v)
c = Counter()
for delta in [5, -2, -10, 7]:
    c.n += delta
    print(c.n, end=" ")
print()
class Temp:
    def __init__(self):
        self._c = 0.0
    def _get(self):
        return self._c
    def _set(self, v):
        self._c = round(v, 1)
    c = property(_get, _set)
t = Temp()
t.c = 21.456
print(t.c)
