"""Module docstring: this is ignored at runtime except as a string."""
from __future__ import annotations


def area(w: float, h: float = 1.0) -> float:
    """Return the area.

    Multi-line docstring.
    """
    return w * h


def tagged(items: list[int], *, scale: int = 2) -> dict[str, int]:
    'single-quoted docstring'
    return {str(i): i * scale for i in items}


def nothing() -> None:
    """Only a docstring."""


x: int = 5
y: list[str]
z: dict = {}
name: str = "typed"
print(area(3, 4), area(2.5), area(w=2, h=3))
print(tagged([1, 2, 3]), tagged([4], scale=10))
print(nothing())
print(x, z, name)
def fwd(a: UndefinedType) -> AlsoUndefined:
    return a
print(fwd(7))
def varargs(*args: int, **kwargs: str) -> tuple:
    return args, kwargs
print(varargs(1, 2, k="v"))
values: list = []
values.append(1)
print(values)
total: float = 0
for v in [1.5, 2.5]:
    total += v
print(total)
