# annotated parameters with defaults, keyword-only, and return annotations
from __future__ import annotations
def area(w: float, h: float = 1.0, *, unit: str = "m") -> str:
    return str(w * h) + unit + "^2"
print(area(2, 3), area(2), area(2, unit="cm"), area(h=4, w=0.5))
def scaled(values: list[int], *, factor: int = 2, offset: int = 0) -> list[int]:
    return [v * factor + offset for v in values]
print(scaled([1, 2, 3]), scaled([1], factor=10, offset=-1))
def opts(a: int, *rest: int, flag: bool = False, **extra: str) -> tuple:
    return a, rest, flag, extra
print(opts(1), opts(1, 2, 3, flag=True, name="n"))
count: int = 0
names: list[str] = ["a", "b"]
pair: tuple[int, int]
print(count, names)
class Pt:
    x: int
    y: int = 5
    def __init__(self, x: int) -> None:
        self.x = x
    def total(self) -> int:
        return self.x + self.y
print(Pt(3).total(), Pt.y)
try:
    print(Pt.x)
except AttributeError as e:
    print("AttributeError", e)
def with_defaults_after_star(a, *, b, c=3, d):
    return a, b, c, d
print(with_defaults_after_star(1, d=4, b=2))
try:
    with_defaults_after_star(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    with_defaults_after_star(1, b=2)
except TypeError as e:
    print("TypeError", e)
def bare_star(a, *, key=None):
    return a, key
print(bare_star(0), bare_star(0, key=1))
try:
    bare_star(0, 1)
except TypeError as e:
    print("TypeError", e)
