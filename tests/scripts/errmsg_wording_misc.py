# Messages of common TypeErrors, as CPython 3.11 words them.
class A:
    pass

class NoOrder:
    def __init__(self, v):
        self.v = v

class Iterish:
    def __iter__(self):
        return 5

class Bad(Exception):
    def __str__(self):
        raise ValueError("nope")

cases = [
    lambda: max(NoOrder(1), NoOrder(2)),
    lambda: min(NoOrder(1), NoOrder(2)),
    lambda: reversed(A()),
    lambda: iter(Iterish()),
    lambda: list(Iterish()),
    lambda: abs(A()),
    lambda: -A(),
    lambda: "ab" * A(),
    lambda: [1] * A(),
    lambda: "ab" + A(),
    lambda: [1] + A(),
    lambda: A() + 1,
    lambda: 1 + A(),
    lambda: divmod(A(), 1),
    lambda: sorted([A(), A()]),
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
try:
    raise Bad()
except Bad as e:
    print("caught", type(e).__name__)
