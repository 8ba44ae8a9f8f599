"""A unit converter with validation errors reported the way users print them."""


class ConversionError(Exception):
    def __init__(self, unit, reason):
        super().__init__(unit, reason)
        self.unit = unit
        self.reason = reason

    def __str__(self):
        return f"cannot convert {self.unit!r}: {self.reason}"


LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}
MASS = {"g": 1.0, "kg": 1000.0, "lb": 453.59237, "oz": 28.349523125}


class Quantity:
    def __init__(self, value, unit):
        self.value = value
        self.unit = unit

    @classmethod
    def parse(cls, text):
        parts = text.split()
        if len(parts) != 2:
            raise ConversionError(text, f"expected 'VALUE UNIT', got {len(parts)} part(s)")
        raw, unit = parts
        try:
            value = float(raw.replace("_", ""))
        except ValueError as e:
            raise ConversionError(text, str(e)) from e
        return cls(value, unit)

    def table(self):
        for t in (LENGTH, MASS):
            if self.unit in t:
                return t
        raise ConversionError(self.unit, "unknown unit")

    def to(self, unit):
        table = self.table()
        if unit not in table:
            raise ConversionError(unit, f"not a unit of the same kind as {self.unit}")
        return Quantity(self.value * table[self.unit] / table[unit], unit)

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"

    def __str__(self):
        return f"{self.value:,.4g} {self.unit}"

    def __eq__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        try:
            return abs(self.to(other.unit).value - other.value) < 1e-9
        except ConversionError:
            return False

    __hash__ = None


requests = [
    ("5 km", "mi"), ("12 in", "cm"), ("1_000 g", "lb"), ("3.5 ft", "m"),
    ("2 lb", "oz"), ("10 m", "kg"), ("abc m", "cm"), ("7 parsecs", "m"),
    ("1e3 mm", "m"), ("nan m", "cm"), ("inf km", "m"), ("4", "m"),
]
for text, unit in requests:
    try:
        q = Quantity.parse(text)
        r = q.to(unit)
        print(f"{text:>10} -> {str(r):<18} repr={r!r}")
    except ConversionError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else "-"
        print(f"{text:>10} !! {e} (cause: {cause}; args={e.args})")

a = Quantity(1, "km")
b = Quantity(1000, "m")
print(a == b, a != b, a == Quantity(1, "kg"), a == "1 km")
try:
    {a}
except TypeError as e:
    print("TypeError:", e)
print(sorted(LENGTH, key=LENGTH.get))
print(max(MASS.items(), key=lambda kv: kv[1]))
print([f"{v:.3e}" for v in sorted(LENGTH.values())])
print(f"{Quantity(1234567.891, 'm')}", f"{Quantity(-0.0, 'g')}", format(0.000123456, ".3g"))
