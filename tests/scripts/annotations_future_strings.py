from __future__ import annotations
from typing import Optional, List
x: int = 5
y: list[int]
class A:
    a: int
    b: str = "q"
    c: Optional[List[int]] = None
    d: dict[str, list[int]] = {}
    def f(self): pass
print(A.__annotations__)
print(__annotations__)
if True:
    z: float = 1.5
print(__annotations__, z)
class Node:
    children: list[Node]
    parent: Node | None = None
    cb: Callable[[int, str], None]
    t: tuple[int, ...]
    s: "Node"
    m: typing.Dict[str,int]
print(Node.__annotations__)
