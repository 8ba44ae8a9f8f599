from dataclasses import dataclass, field, asdict, astuple, replace, fields
from collections import namedtuple, OrderedDict
from typing import List, Dict, Optional


@dataclass
class Address:
    street: str
    city: str
    zip_code: str = "00000"


@dataclass
class Person:
    name: str
    age: int
    address: Address
    emails: List[str] = field(default_factory=list)
    tags: tuple = ()


@dataclass
class Company:
    name: str
    employees: List[Person] = field(default_factory=list)
    offices: Dict[str, Address] = field(default_factory=dict)
    ceo: Optional[Person] = None


home = Address("1 Main St", "Springfield")
alice = Person("Alice", 30, home, ["a@x.com"], ("admin", "dev"))
bob = Person("Bob", 25, Address("2 Oak Ave", "Shelbyville", "12345"))
acme = Company("Acme", [alice, bob], {"hq": home, "lab": Address("3 Elm", "Ogdenville")}, alice)

print(asdict(home))
print(asdict(alice))
d = asdict(acme)
print(d)
print(type(d["employees"]), type(d["employees"][0]), type(d["offices"]["hq"]))
print(d["employees"][0]["emails"] is alice.emails, d["employees"][0]["emails"] == alice.emails)
print(astuple(alice))
print(astuple(acme))
print(asdict(alice, dict_factory=OrderedDict))
print(list(asdict(bob, dict_factory=lambda pairs: [k for k, v in pairs])))
print(astuple(bob, tuple_factory=list))

Pair = namedtuple("Pair", ["left", "right"])


@dataclass
class Holder:
    pair: Pair
    nested: list
    mapping: dict
    st: set = field(default_factory=set)


h = Holder(Pair(Address("a", "b"), 2), [[Address("c", "d")], (1, Address("e", "f"))], {Address("k", "v").city: [Address("x", "y")]}, {1, 2})
hd = asdict(h)
print(hd)
print(type(hd["pair"]).__name__, hd["pair"].left)
print(astuple(h))
print(hd["st"] == h.st, hd["st"] is h.st)

# replace
older = replace(alice, age=31)
print(older)
print(older.address is alice.address, older.emails is alice.emails)
moved = replace(alice, address=replace(home, city="Capital City"))
print(moved.address, alice.address)
print(replace(bob))

# round trip
data = asdict(bob)
data["address"] = Address(**data["address"])
bob2 = Person(**data)
print(bob2 == bob, bob2)

# JSON-ish report
def render(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                print(f"{pad}{k}:")
                render(v, indent + 1)
            else:
                print(f"{pad}{k}: {v!r}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            print(f"{pad}- [{i}]")
            render(v, indent + 1)
    else:
        print(f"{pad}{obj!r}")


render(asdict(acme))


@dataclass
class Matrix:
    rows: list

    def transpose(self):
        return Matrix([list(r) for r in zip(*self.rows)])


m = Matrix([[1, 2, 3], [4, 5, 6]])
print(asdict(m.transpose()), astuple(m))

# field metadata driven serialisation
@dataclass
class Product:
    sku: str = field(metadata={"json": "id"})
    price_cents: int = field(metadata={"json": "price", "scale": 100})
    note: str = field(default="", metadata={})


def to_json(obj):
    out = {}
    for f in fields(obj):
        key = f.metadata.get("json", f.name)
        val = getattr(obj, f.name)
        if "scale" in f.metadata:
            val = val / f.metadata["scale"]
        out[key] = val
    return out


print(to_json(Product("X1", 1999)))
print([dict(f.metadata) for f in fields(Product)])

# other containers
from collections import Counter, defaultdict, deque


@dataclass
class Bag:
    contents: object


print(asdict(Bag(OrderedDict([("a", Address("s", "c")), ("b", 2)]))))
print(astuple(Bag(OrderedDict([("k", Address("s", "c"))]))))
print(asdict(Bag(Counter("hello"))))
print(asdict(Bag(deque([1, 2]))))
print(asdict(Bag((Address("t", "u"), [Address("v", "w")], {"n": (1, 2)}))))
try:
    asdict(Bag(defaultdict(list, {"k": [1]})))
except TypeError as e:
    print(type(e).__name__, e)
