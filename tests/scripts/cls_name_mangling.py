# Private names (`__x`) are mangled per class: a subclass's `__x` does not clobber
# its base's, and `_Class__x` reaches it from outside.

class Base:
    __count = 0

    def __init__(self):
        self.__secret = "base"
        Base.__count += 1

    def reveal(self):
        return self.__secret

    def __helper(self):
        return "Base.__helper"

    def call_helper(self):
        return self.__helper()

    @classmethod
    def count(cls):
        return cls.__count


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child"

    def child_secret(self):
        return self.__secret

    def __helper(self):
        return "Child.__helper"


c = Child()
print(c.reveal(), c.child_secret(), c.call_helper(), Base.count())
print(sorted(k for k in vars(c)) if False else sorted(c.__dict__))
print(c._Base__secret, c._Child__secret)
try:
    c.__secret
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    def __init__(self, start):
        self.__n = start

    def bump(self, __step=1):
        self.__n += __step
        return self.__n

    def make_adder(self):
        def add(k):
            return self.__n + k
        return add

    def squares(self):
        return [self.__n * i for i in range(3)]

    __dunder__ = "not mangled"


k = Counter(10)
print(k.bump(), k.bump(5), k.make_adder()(100), k.squares(), Counter.__dunder__)
print(hasattr(k, "_Counter__n"), hasattr(k, "__n"))


class _Under:
    def __init__(self):
        self.__v = 1


print(sorted(_Under().__dict__))


class Outer:
    class __Inner:
        def __init__(self):
            self.__z = 3

    def make(self):
        return self.__Inner()


print(sorted(Outer().make().__dict__), hasattr(Outer, "_Outer__Inner"))
__module_level = "module"
print(__module_level)
