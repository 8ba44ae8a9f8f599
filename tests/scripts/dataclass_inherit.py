import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, asdict
from typing import ClassVar, List


@dataclass
class Animal:
    name: str
    sound: str = "..."
    legs: int = 4

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    breed: str = "mutt"


@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True


d = Dog("rex")
print(d, d.speak())
print(Bird("tweety", "tweet"), Bird("pingu", can_fly=False))
print([f.name for f in fields(Dog)], [f.name for f in fields(Bird)])
print(Dog.__match_args__)
print(Dog("a") == Animal("a", "woof"), isinstance(d, Animal))
print(Dog.__doc__)


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {len(fields(self))} fields"


@dataclass
class Base:
    id: int


class Middle(Base):
    # not a dataclass itself
    note: str = "plain"


@dataclass
class Leaf(Mixin, Middle):
    value: float = 0.0


lf = Leaf(7, 1.5)
print(lf, lf.describe(), lf.note)
print([f.name for f in fields(Leaf)])

try:
    @dataclass
    class Broken(Animal):
        owner: str
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Temperature:
    celsius: float
    unit_note: ClassVar[str] = "degrees"
    instances: ClassVar[int] = 0
    raw: InitVar[float] = None
    scale: InitVar[int] = 1

    def __post_init__(self, raw, scale):
        Temperature.instances += 1
        if raw is not None:
            self.celsius = raw / scale
        if self.celsius < -273.15:
            raise ValueError(f"below absolute zero: {self.celsius}")


print(Temperature(20.5))
print(Temperature(0, 1000, 10))
print(Temperature(0, raw=30, scale=3))
try:
    Temperature(-300)
except ValueError as e:
    print(type(e).__name__, e)
print(Temperature.instances, Temperature.unit_note)
print([f.name for f in fields(Temperature)])
print(sorted(Temperature.__dataclass_fields__))
print(Temperature.__dataclass_fields__['raw']._field_type, Temperature.__dataclass_fields__['unit_note']._field_type)
print(Temperature.__match_args__)
print(asdict(Temperature(5)))
print(Temperature.__dataclass_fields__['raw'].type)
print(InitVar[List[int]])
print(Temperature.__doc__)


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, init=False)
    tc: typing.ClassVar[int] = 3
    bare: ClassVar = "bare"

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError("negative opening balance")
        self.history.append(("open", self.balance))


a = Account("ann", 10)
print(a, a.tc, a.bare)
try:
    Account("bob", -5)
except ValueError as e:
    print("ValueError", e)


@dataclass
class Savings(Account):
    rate: float = 0.02

    def __post_init__(self):
        super().__post_init__()
        self.history.append(("rate", self.rate))


print(Savings("cy", 100, 0.05))


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    retries: int = 3
    name: str


o = Options("/tmp", name="job")
print(o)
print(Options("/x", verbose=True, retries=1, name="n"))
print(Options.__match_args__, [f.kw_only for f in fields(Options)])
print(Options.__doc__)
try:
    Options("/tmp", True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Options("/tmp")
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class Settings:
    width: int = 80
    height: int


print(Settings(height=24))
try:
    Settings(100, 24)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=2)
    c: int = 3
    d: int = field(kw_only=True)


print(Mixed(1, d=4), Mixed(1, 5, b=6, d=7))
print(Mixed.__match_args__, Mixed.__doc__)


@dataclass
class KwBase:
    x: int = 0
    _: KW_ONLY
    y: int = 1


@dataclass
class KwChild(KwBase):
    z: int = 5
    w: int = field(default=9, kw_only=True)


print(KwChild(1, 2, y=3, w=4), KwChild.__match_args__)
try:
    @dataclass
    class TwoKw:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class CVFactory:
        c: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class CVKw:
        c: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class FBase:
    a: int


@dataclass(frozen=True)
class FChild(FBase):
    b: int = 0


fc = FChild(1, 2)
print(fc, hash(fc) == hash((1, 2)))
try:
    fc.a = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Thaw(FBase):
        c: int = 0
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(frozen=True)
    class Freeze(Animal):
        c: int = 0
except TypeError as e:
    print(type(e).__name__, e)


class Plain(FBase):
    pass


pp = Plain(3)
try:
    pp.a = 4
except AttributeError as e:
    print(type(e).__name__, e)
pp.other = 1
print(pp.other, pp)


@dataclass
class Shape:
    name: str

    def area(self):
        return 0.0

    def __str__(self):
        return f"{self.name} area={self.area():.2f}"


@dataclass
class Rect(Shape):
    w: float = 1.0
    h: float = 1.0

    def area(self):
        return self.w * self.h


@dataclass
class Circle(Shape):
    r: float = 1.0

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect("r1", 2, 3), Circle("c1", 2), Rect("sq")]
for s in shapes:
    print(s, repr(s))
print(sorted(shapes, key=lambda s: s.area()))
