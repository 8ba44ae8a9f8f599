from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar


@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list, kw_only=True)


@dataclass
class Q:
    a: int
    b: int
    c: int = field(kw_only=True)
    d: int = field(kw_only=True)


@dataclass
class R:
    a: int
    b: int
    c: int


@dataclass
class One:
    only: str


@dataclass
class NoFields:
    pass


@dataclass
class Defaults:
    a: int = 1
    b: int = 2


cases = [
    (P, (), {}), (P, (1, 2, 3), {}), (P, (1,), {'w': 1}), (P, (1,), {'x': 1}),
    (P, (1, 2), {'y': 3}), (P, (), {'y': 1}), (P, (1, 2, 3, 4), {}),
    (P, (), {'w': 1, 'q': 2}), (P, (1, 2, 3), {'z': []}), (P, (1,), {'self': 2}),
    (Q, (), {}), (Q, (1,), {}), (Q, (1, 2), {}), (Q, (1, 2), {'c': 1}),
    (Q, (1, 2, 3), {}), (Q, (1, 2, 3), {'c': 1, 'd': 2}), (Q, (1, 2, 3), {'c': 1}),
    (R, (), {}), (R, (1,), {'c': 3}), (R, (1, 2, 3, 4, 5), {}),
    (One, (), {}), (One, ('a', 'b'), {}), (One, (), {'only': 1, 'extra': 2}),
    (NoFields, (1,), {}), (NoFields, (), {'a': 1}),
    (Defaults, (1, 2, 3), {}), (Defaults, (), {'c': 3}),
]
for cls, args, kw in cases:
    try:
        obj = cls(*args, **kw)
        print("ok", obj)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class BadFactory:
        x: list = field(default_factory=list)
        y: int
except TypeError as e:
    print(type(e).__name__, e)

for default in ([], {}, set()):
    try:
        @dataclass
        class Mut:
            x: object = default
    except ValueError as e:
        print(type(e).__name__, e)


class Unhashable:
    def __eq__(self, other):
        return True


try:
    @dataclass
    class MutUser:
        thing: object = Unhashable()
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class TupleDefault:
    t: tuple = (1, [2])
    s: str = "ok"
    n: object = None


print(TupleDefault())

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class NoAnn:
        x: int
        y = field(default=3)
except TypeError as e:
    print(type(e).__name__, e)

for bad in [3, "str", int, P]:
    try:
        print([f.name for f in fields(bad)])
    except TypeError as e:
        print(type(e).__name__, e)

for fn in (asdict, astuple):
    for bad in [3, P, [P(1)]]:
        try:
            fn(bad)
        except TypeError as e:
            print(type(e).__name__, e)

try:
    replace(5, x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(P(1), w=1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class WithNonInit:
    a: int
    b: int = field(default=0, init=False)


try:
    replace(WithNonInit(1), b=2)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(WithNonInit(1), a=3))


@dataclass
class NeedsIV:
    a: int
    iv: InitVar[int]

    def __post_init__(self, iv):
        self.a += iv


try:
    replace(NeedsIV(1, 2))
except ValueError as e:
    print(type(e).__name__, e)
print(replace(NeedsIV(1, 2), iv=10))


@dataclass
class Validated:
    qty: int
    price: float

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f"qty must be >= 0, got {self.qty}")
        if not isinstance(self.price, (int, float)):
            raise TypeError(f"price must be a number, got {type(self.price).__name__}")


for args in [(1, 2.5), (-1, 1.0), (1, "x")]:
    try:
        print(Validated(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


@dataclass
class PostNoIV:
    a: int

    def __post_init__(self, extra):
        pass


try:
    PostNoIV(1)
except TypeError as e:
    print(type(e).__name__, str(e).split("()")[-1])
