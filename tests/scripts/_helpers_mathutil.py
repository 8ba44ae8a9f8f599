"""Helper module imported by mod_import_helpers*.py scripts."""
from __future__ import annotations

import math

SCALE = 10
NAMES = ["alpha", "beta", "gamma"]
counter = 0


def square(x: int) -> int:
    return x * x


def cube(x):
    return x * x * x


def bump():
    global counter
    counter += 1
    return counter


def hyp(a, b):
    return math.hypot(a, b)


def scaled(values, factor=SCALE):
    return [v * factor for v in values]


print("_helpers_mathutil loaded")

if __name__ == "__main__":
    print("never printed on import")
