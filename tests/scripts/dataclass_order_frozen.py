from dataclasses import dataclass, field, FrozenInstanceError, replace


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, 3), Version(0, 9), Version(1, 0, 10, "rc"), Version(1, 2), Version(0, 9, 1)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1, 2) < Version(1, 3), Version(1, 2) <= Version(1, 2), Version(2) > Version(1, 99), Version(1) >= Version(1, 0, 0, "x"))
print(Version(1, 0, 0, "a") == Version(1, 0, 0, "b"))
print(sorted(vs, reverse=True)[0])
try:
    Version(1) < (1, 0, 0)
except Exception as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class Other:
    major: int


try:
    print(Version(1) < Other(2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(Version(1) >= Other(2))
except Exception as e:
    print(type(e).__name__, e)
print(Version(1) == Other(1))


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee")]
tasks.sort()
print([t.name for t in tasks])
import heapq
h = []
for t in [Task(5, "e"), Task(2, "b"), Task(9, "z"), Task(1, "a")]:
    heapq.heappush(h, t)
print([heapq.heappop(h).name for _ in range(4)])


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


home = Coord(51.5, -0.12)
print(home, hash(home) == hash(Coord(51.5, -0.12)), hash(home) == hash((51.5, -0.12)))
try:
    home.lat = 0.0
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    home.extra = 1
except AttributeError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del home.lon
except Exception as e:
    print(type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))
visits = {home: 3, Coord(40.7, -74.0): 1}
visits[Coord(51.5, -0.12)] += 1
print(visits)
print(len({Coord(1, 2), Coord(1, 2), Coord(2, 1)}))
moved = replace(home, lat=52.0)
print(moved, home)


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


deck = {Card(r, s) for r in (3, 1, 2) for s in "hs"}
print(sorted(deck))
print(Card(1, "s") in deck)


@dataclass(unsafe_hash=True)
class Mutable:
    a: int
    b: list = field(default_factory=list, hash=False)


mu = Mutable(1, [1])
print(hash(mu) == hash((1,)), mu)
mu.a = 2
print(hash(mu) == hash((2,)))


@dataclass(eq=False)
class ById:
    v: int


b1 = ById(1)
print(b1 == ById(1), b1 == b1, hash(b1) == id(b1) or hash(b1) != 0)


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    v: int


print('__hash__' in FrozenNoEq.__dict__, FrozenNoEq(1) == FrozenNoEq(1))


@dataclass
class ExplicitHash:
    v: int

    def __hash__(self):
        return 7


print(hash(ExplicitHash(3)))


@dataclass(frozen=True)
class HashedFields:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False)
    d: int = field(compare=False, hash=True)


print(hash(HashedFields(1, 2, 3, 4)) == hash((1, 4)))

for kwargs in [dict(order=True, eq=False), dict(unsafe_hash=True)]:
    try:
        @dataclass(**kwargs)
        class Bad:
            x: int

            def __hash__(self):
                return 1

        print("ok", kwargs)
    except Exception as e:
        print(type(e).__name__, e)

try:
    @dataclass(order=True)
    class BadLt:
        x: int

        def __lt__(self, other):
            return True
except Exception as e:
    print(type(e).__name__, e)

try:
    @dataclass(frozen=True)
    class BadSet:
        x: int

        def __setattr__(self, name, value):
            pass
except Exception as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class FrozenFactory:
    items: tuple = ()
    names: list = field(default_factory=list)


ff = FrozenFactory()
ff.names.append("x")
print(ff, FrozenFactory((1,)))
try:
    hash(ff)
except TypeError as e:
    print(type(e).__name__, e)
