from dataclasses import dataclass, field, fields, is_dataclass, MISSING
from typing import List, Optional


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    tags: List[str] = field(default_factory=list)

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


p = Point(1, 2)
print(p)
print(Point(3))
print(Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2))
print(Point.__hash__)
try:
    hash(p)
except Exception as e:
    print(type(e).__name__, e)
p.x = 10
print(p, p.x, p.y)

item = InventoryItem("widget", 3.5, 10)
print(item)
print(item.total_cost())
item.tags.append("sale")
other = InventoryItem("gadget", 1.25)
print(other, other.tags is item.tags)
print(InventoryItem.__doc__)
print(Point.__doc__)
print([f.name for f in fields(InventoryItem)])
print([f.type for f in fields(item)])
for f in fields(InventoryItem):
    print(f.name, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
print(Point.__dataclass_params__)
print(Point.__match_args__, InventoryItem.__match_args__)
print(Point.__dataclass_fields__['y'].default)
print(Point.y, 'x' in Point.__dict__)


@dataclass
class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool = False
    secret: str = field(default="hunter2", repr=False)
    options: dict = field(default_factory=dict, compare=False)
    meta: Optional[str] = field(default=None, metadata={"unit": "none", "doc": "x"})


c = Config()
print(c)
c2 = Config(port=9000, debug=True)
print(c2)
print(c == Config(), c == c2)
c3 = Config(options={"a": 1})
print(c3 == Config(), c3.options)
print(fields(Config)[5].metadata)
print(fields(Config)[5].metadata["unit"], len(fields(Config)[5].metadata))
print(fields(Config)[0].metadata)
print(Config.__doc__)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), Empty.__match_args__)


@dataclass
class Counter:
    count: int = 0
    history: list = field(default_factory=list, init=False, repr=False)
    label: str = field(default="ctr", init=False)

    def bump(self, n=1):
        self.count += n
        self.history.append(n)
        return self


ctr = Counter(5).bump().bump(3)
print(ctr, ctr.history, ctr.label)
print(Counter.__doc__)

@dataclass(repr=False, eq=False)
class Plain:
    a: int


pl = Plain(1)
print(type(pl).__name__, pl.a, pl == Plain(1), hash(pl) == hash(pl))
print('__repr__' in Plain.__dict__, '__eq__' in Plain.__dict__)


@dataclass(init=False)
class Manual:
    a: int
    b: str = "b"

    def __init__(self, value):
        self.a = value * 2


m = Manual(21)
print(m)


@dataclass
class WithRepr:
    v: int

    def __repr__(self):
        return f"<WithRepr {self.v}>"


print(WithRepr(3), [WithRepr(1), WithRepr(2)])


@dataclass
class Many:
    a: int
    b: float
    c: str
    d: tuple
    e: object = None


ms = [Many(i, i / 2, str(i) * 2, (i, i + 1)) for i in range(3)]
for x in ms:
    print(x)
print(Many(1, 2.0, 'x', ()) in ms, Many(1, 0.5, '11', (1, 2)) in ms)

try:
    print(Config.options)
except AttributeError as e:
    print(type(e).__name__, e)
print(Config.port, InventoryItem.quantity_on_hand)


@dataclass
class OwnEq:
    a: int
    b: int

    def __eq__(self, other):
        return isinstance(other, OwnEq) and self.a == other.a


print(OwnEq(1, 2) == OwnEq(1, 3), OwnEq.__hash__)


@dataclass(frozen=True)
class FrozenOwnEq:
    a: int

    def __eq__(self, other):
        return True


print(FrozenOwnEq.__hash__ is None, FrozenOwnEq(1) == FrozenOwnEq(2))
