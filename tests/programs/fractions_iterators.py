"""Exact rational arithmetic plus a few hand-written iterator classes."""
import math


class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        g = math.gcd(num, den)
        sign = -1 if den < 0 else 1
        self.num = sign * num // g
        self.den = sign * den // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Fraction) else Fraction(x)

    def __add__(self, other):
        o = self._coerce(other)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    def __sub__(self, other):
        return self + (-self._coerce(other))

    def __mul__(self, other):
        o = self._coerce(other)
        return Fraction(self.num * o.num, self.den * o.den)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, other):
        o = self._coerce(other)
        return self.num == o.num and self.den == o.den

    def __lt__(self, other):
        o = self._coerce(other)
        return self.num * o.den < o.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def to_float(self):
        return self.num / self.den

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Harmonic:
    """Iterable (not an iterator): each iter() starts a fresh pass."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return HarmonicIter(self.n)

    def __len__(self):
        return self.n


class HarmonicIter:
    def __init__(self, n):
        self.k = 0
        self.n = n
        self.total = Fraction(0)

    def __iter__(self):
        return self

    def __next__(self):
        if self.k >= self.n:
            raise StopIteration
        self.k += 1
        self.total = self.total + Fraction(1, self.k)
        return self.total


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = list(coeffs)

    def __call__(self, x):
        result = x * 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __len__(self):
        return len(self.coeffs)


half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, -half, half + 1, Fraction(6, -8))
print(repr(Fraction(10, 4)), Fraction(7, 8).to_float(), bool(Fraction(0, 5)), bool(third))
print(half == Fraction(2, 4), half < third, third <= half, sorted([half, third, Fraction(-1, 6), Fraction(5, 4)]))
print(max(half, third), min([Fraction(3, 7), Fraction(2, 5)]), len({half, Fraction(3, 6), third}))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("countdown:", list(Countdown(5)), "sum:", sum(Countdown(100)))
it = Countdown(3)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
h = Harmonic(10)
for i, partial in enumerate(h, 1):
    if i in (1, 2, 5, 10):
        print(f"H({i}) = {partial} ~ {partial.to_float():.6f}")
print("two passes agree:", list(h) == list(h), "len:", len(h))
print("zip iterators:", list(zip(Countdown(4), "abcdef")))
print("any > 9:", any(x > 9 for x in Countdown(10)), "all > 0:", all(x > 0 for x in Countdown(10)))
p = Polynomial(1, -3, 0, 2)
print("p(x) for -2..3:", [p(x) for x in range(-2, 4)], "p(1/2):", p(half), "degree:", len(p) - 1)
print("p(1.5):", p(1.5), "callable:", callable(p), callable(half))
big = 2 ** 100
print(big, big // 3, big % 1000007, -big // 7, (-big) % 7, len(bin(big)) - 2)
fact = 1
for k in range(1, 26):
    fact *= k
print(fact, 3 ** 80 - 3 ** 79, fact // 3 ** 80, fact == int(str(fact)))
print(divmod(-17, 5), divmod(17, -5), pow(3, 200, 1000), pow(2, -2), 7 // 2, -7 // 2, 7 % -3)
print(hex(255), hex(-4096), bin(10), bin(-5), int("ff", 16), int("101", 2), int("  -42 "), float("1e3"))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(123.456, -1), round(7))
print(abs(-3), abs(-2.5), 10 / 4, 9 / 3, 2 ** -1, 1e300 * 1e10, -(2 ** 63), ~5, 6 & 3, 6 | 3, 6 ^ 3, 1 << 70, -9 >> 1)
print(math.gcd(84, 36), math.isqrt(10 ** 20 + 1), math.floor(-0.5), math.ceil(-0.5), math.log2(1024), math.log10(0.001))
print(f"{big:,}", f"{255:x}", f"{255:08b}", f"{0.125:%}", f"{-42:+05d}", f"{3.14159:10.3f}|", f"{'left':<8}|{'right':>8}|")
