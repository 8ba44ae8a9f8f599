import dataclasses
from dataclasses import dataclass, field, fields, InitVar, MISSING, KW_ONLY
from typing import Any, ClassVar, Dict, List, Optional


class Outer:
    @dataclass
    class Inner:
        v: int

    @dataclass(frozen=True)
    class Deep:
        @dataclass
        class Deeper:
            q: str = "q"
        w: int = 0


print(Outer.Inner(1), Outer.Deep(), Outer.Deep.Deeper())
print(Outer.Inner.__qualname__, Outer.Inner.__name__)


def make():
    @dataclass
    class Local:
        a: int = 1
    return Local


L = make()
print(L(), L.__qualname__)


@dataclass
class Link:
    name: str
    next: Optional["Link"] = None
    items: list = field(default_factory=list)


a = Link("a")
b = Link("b", a)
a.next = b
print(a)
print(b)
a.items.append(a)
a.items.append(b)
print(a.items[0].name, repr(a))


@dataclass(eq=False)
class Graph:
    nodes: Dict[str, Any] = field(default_factory=dict)


g = Graph()
g.nodes["self"] = g
g.nodes["list"] = [g, 1]
print(g)

print(Link.__init__.__name__, Link.__repr__.__name__, Link.__eq__.__name__)
print(type(Link.__init__).__name__, callable(Link.__init__))
print(Link.__match_args__)


@dataclass
class Typed:
    a: int
    b: List[int]
    c: Optional[Dict[str, float]]
    d: "str"
    e: Link
    f: Any = None
    g: InitVar[int] = 0
    h: ClassVar[int] = 0
    i: list = field(default_factory=list)


print(Typed.__doc__)
print(Typed.__dataclass_fields__['g'].type, InitVar[int], InitVar[List[int]], InitVar["X"])
fx = Typed.__dataclass_fields__['a']
print(fx.name, fx.type, fx.default is MISSING, fx._field_type, fx.metadata)
print(repr(Typed.__dataclass_fields__['i']).replace(repr(MISSING), 'MISSING'))
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE object at 0x'))


@dataclass
class StrAnns:
    x: "int"
    cv: "ClassVar[int]" = 5
    iv: "InitVar[str]" = "iv"
    dotted: "dataclasses.InitVar[int]" = 3

    def __post_init__(self, iv, dotted):
        self.seen = (iv, dotted)


sa = StrAnns(1)
print(sa, sa.seen, [f.name for f in fields(StrAnns)], StrAnns.cv)
print(StrAnns.__doc__)


@dataclass
class StrKw:
    a: int
    _: "KW_ONLY"
    b: int = 0


print(StrKw(1, b=2), StrKw.__match_args__)


class Base:
    def __repr__(self):
        return "Base-repr"

    def __eq__(self, other):
        return "base-eq"


@dataclass
class Derived(Base):
    z: int = 0


print(Derived(1), Derived(1) == Derived(1))


@dataclass(repr=False)
class KeepsBase(Base):
    z: int = 0


print(KeepsBase(1))


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


print(Slotted(1), Slotted(1) == Slotted(1, 2))

try:
    @dataclass(weakref_slot=True)
    class WR:
        a: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'))


@dataclass
class CustomMatch:
    a: int
    b: int
    __match_args__ = ('b',)


print(CustomMatch.__match_args__)


class Pt:
    pass


Pt.__annotations__ = {'x': int, 'y': int}
Pt = dataclass(Pt)
print(Pt(1, 2), dataclass()(type("T", (), {}) if False else Pt) is Pt)


@dataclass
class SelfField:
    self: int
    other: int = 0


print(SelfField(1, 2), SelfField(self=3))


@dataclass
class WithProperty:
    _radius: float = 1.0

    @property
    def radius(self):
        return self._radius

    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 3)

    @classmethod
    def unit(cls):
        return cls(1.0)

    @staticmethod
    def describe():
        return "circle"


wp = WithProperty.unit()
print(wp, wp.radius, wp.area, WithProperty.describe(), WithProperty(2).area)


@dataclass
class Tracked:
    name: str
    log: List[str] = field(default_factory=list, repr=False)

    def __setattr__(self, key, value):
        if key != "log" and hasattr(self, "log"):
            self.log.append(key)
        object.__setattr__(self, key, value)


t = Tracked("x")
t.name = "y"
t.name = "z"
print(t, t.log)


@dataclass(frozen=True)
class FrozenPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "b", self.a * 2)


print(FrozenPost(4))
