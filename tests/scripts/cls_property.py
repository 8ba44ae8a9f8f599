# @property with setter and deleter
class Celsius:
    def __init__(self, t):
        self._t = t
        self.log = []
    @property
    def temp(self):
        self.log.append("get")
        return self._t
    @temp.setter
    def temp(self, v):
        self.log.append("set")
        if v < -273.15:
            raise ValueError("too cold")
        self._t = v
    @temp.deleter
    def temp(self):
        self.log.append("del")
        self._t = None
    @property
    def fahrenheit(self):
        return self._t * 9 / 5 + 32

c = Celsius(25)
print(c.temp, c.fahrenheit)
c.temp = 100
print(c.temp, c.fahrenheit)
try:
    c.temp = -300
except ValueError as e:
    print("ValueError", e)
print(c.temp)
del c.temp
print(c.temp)
print(c.log)
c.temp = 0
c.temp += 5
print(c.temp, c.log[-3:])
try:
    c.fahrenheit = 3
except AttributeError as e:
    print("AttributeError")
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def side(self):
        return self.w
rs = [Rect(2, 3), Square(4)]
print([r.area for r in rs], rs[1].side)
print(sorted(rs, key=lambda r: -r.area)[0].area)
class Lazy:
    def __init__(self):
        self.calls = 0
        self._v = None
    @property
    def value(self):
        if self._v is None:
            self.calls += 1
            self._v = sum(range(100))
        return self._v
z = Lazy()
print(z.value, z.value, z.calls)
