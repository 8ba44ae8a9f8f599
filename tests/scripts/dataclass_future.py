from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, List, Optional


@dataclass
class Node:
    value: int
    children: List[Node] = field(default_factory=list)
    parent: Optional[Node] = field(default=None, repr=False, compare=False)
    count: ClassVar[int] = 0
    tcount: typing.ClassVar[int] = 0
    scale: InitVar[int] = 1
    dscale: dataclasses.InitVar[int] = 1

    def __post_init__(self, scale, dscale):
        Node.count += 1
        self.value *= scale * dscale
        for c in self.children:
            c.parent = self

    def total(self) -> int:
        return self.value + sum(c.total() for c in self.children)


tree = Node(1, [Node(2, scale=5), Node(3, [Node(4)], dscale=2)])
print(tree)
print(tree.total(), Node.count)
print([(f.name, f.type) for f in fields(Node)])
print(Node.__annotations__)
print(sorted(Node.__dataclass_fields__))
print([f._field_type for f in Node.__dataclass_fields__.values()])
print(tree.children[0].parent is tree)
print(dataclasses.astuple(Node(7)), dataclasses.asdict(Node(7, scale=2)))
print(Node.__doc__)


@dataclass
class Opts:
    a: int
    _: KW_ONLY
    b: int = 2
    c: str = "c"


print(Opts(1, b=3), Opts.__match_args__)
print(Opts.__doc__)
try:
    Opts(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "USD"

    def __add__(self, other: Money) -> Money:
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __str__(self) -> str:
        return f"{self.cents / 100:.2f} {self.currency}"


wallet = [Money(250), Money(199), Money(1000, "EUR")]
print(sorted(wallet))
print(Money(250) + Money(199), str(Money(5)))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print(type(e).__name__, e)
print({Money(1): "one"}[Money(1)])
print(Money.__doc__)
