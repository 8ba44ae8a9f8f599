from typing import List, Dict, Optional, Tuple, Any, TypeVar, cast, Union, Callable
T = TypeVar("T")
Vector = List[float]
Matrix = Dict[str, List[Tuple[int, Optional[str]]]]
def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]
def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
print(scale([1.0, 2.0], 2), first([3, 4]), first([]), cast(int, "x"))
print(Vector, Matrix, Optional[int], Union[int, str], Callable[[int], str], T)
class P:
    def __init__(self, x):
        self.x = x
print(vars(P(3)))
from typing import TYPE_CHECKING, Iterable
if TYPE_CHECKING:
    print("never")
def total(xs: Iterable[int]) -> int:
    n: int = 0
    for x in xs:
        n += x
    return n
print(total(range(5)))
