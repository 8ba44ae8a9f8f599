# class attributes vs instance attributes: shadowing and mutation
class Config:
    level = 1
    tags = []
    name = "base"

    def bump(self):
        self.level += 1  # creates an instance attribute

a = Config()
b = Config()
print(a.level, b.level, Config.level)
a.bump()
print(a.level, b.level, Config.level)
Config.level = 10
print(a.level, b.level, Config.level)
a.tags.append("shared")
print(a.tags, b.tags, Config.tags)
a.tags = ["own"]
print(a.tags, b.tags, Config.tags)
b.name = "inst"
print(a.name, b.name, Config.name)
del b.name
print(b.name)
Config.name = "changed"
print(a.name, b.name)
Config.new_attr = 42
print(a.new_attr, b.new_attr)
c = Config()
print(c.level, c.tags, c.new_attr)
class Sub(Config):
    name = "sub"
s = Sub()
print(s.name, s.level, s.tags)
Config.level = 99
print(s.level, Sub.level)
Sub.level = 5
print(s.level, Config.level, a.level, b.level)
print(hasattr(Config, "bump"), hasattr(a, "level"))
class Count:
    total = 0
    def __init__(self):
        Count.total += 1
        self.idx = Count.total
xs = [Count() for _ in range(4)]
print([x.idx for x in xs], Count.total, xs[0].total)
