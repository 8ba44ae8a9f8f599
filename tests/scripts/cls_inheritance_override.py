# single inheritance, overriding, method resolution through chain
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + " the " + self.kind + " says " + self.speak()

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"

class Puppy(Dog):
    def speak(self):
        return "yip"

class Cat(Animal):
    kind = "cat"

for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom")]:
    print(a.describe())
print(isinstance(Puppy("p"), Dog), isinstance(Puppy("p"), Animal), isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Mid(Base):
    pass
class Leaf(Mid):
    def hook(self):
        return "leaf"
print(Base().template(), Mid().template(), Leaf().template())
print(type(Leaf()).__name__, Leaf().__class__.__name__)
class Shape:
    def area(self):
        raise NotImplementedError("area")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
shapes = [Sq(2), Sq(3)]
print(sum(s.area() for s in shapes))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Dog.speak(Puppy("x")))
print(Animal.describe(Cat("z")))
