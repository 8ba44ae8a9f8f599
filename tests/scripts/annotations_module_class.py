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
