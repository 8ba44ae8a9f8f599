# Tier-1 guard failures on binary operators: each site runs hot on one operand
# type pair, then sees another type in the middle of the loop and must fall back
# (and possibly re-specialise) without changing any result.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def tdiv(a, b):
    return a / b


def fdiv(a, b):
    return a // b


def mod(a, b):
    return a % b


# One site, the operand types changing every few hundred iterations:
# int -> float -> str -> big int -> bool -> int/float -> float/int -> int again.
def mixed_stream(n):
    out = []
    acc_int = 0
    acc_float = 0.0
    acc_str = ""
    acc_big = 0
    for i in range(n):
        phase = (i // 250) % 8
        if phase == 0:
            x = add(i, 3)
            acc_int = add(acc_int, x)
        elif phase == 1:
            x = add(i * 0.5, 0.25)
            acc_float = add(acc_float, x)
        elif phase == 2:
            x = add(str(i % 10), "-")
            if i % 50 == 0:
                acc_str = add(acc_str, x)
        elif phase == 3:
            x = add(2 ** 70, i)
            acc_big = add(acc_big, x)
        elif phase == 4:
            x = add(True, i % 2 == 0)
            acc_int = add(acc_int, x)
        elif phase == 5:
            x = add(i, 0.5)
            acc_float = add(acc_float, x)
        elif phase == 6:
            x = add(0.5, i)
            acc_float = add(acc_float, x)
        else:
            x = add(i, -i - 1)
            acc_int = add(acc_int, x)
        if i % 125 == 0:
            out.append(x)
    print(out)
    print(acc_int, acc_float, repr(acc_str), acc_big)


mixed_stream(2000)


# Every arithmetic operator at sites that saw small ints, then floats, big ints,
# negative operands and bools.
def table(op, name):
    res = []
    for i in range(1, 600):
        r = op(i + 7, (i % 5) + 1)
        if i % 200 == 0:
            res.append(r)
    for pair in [(7.5, 2), (7, 2.5), (-7, 2), (7, -2), (-7.5, 2), (2 ** 64 + 5, 3),
                 (-(2 ** 64) - 5, 3), (True, 2), (7, True), (0.1, 0.2),
                 (9007199254740993, 1.0)]:
        res.append(op(pair[0], pair[1]))
    for i in range(1, 300):
        r = op(i, 3)
        if i % 150 == 0:
            res.append(r)
    print(name, res)


table(add, "add")
table(sub, "sub")
table(mul, "mul")
table(tdiv, "div")
table(fdiv, "floordiv")
table(mod, "mod")


# int overflow past 2**63 inside a specialised int+int / int*int loop, and back.
def overflow_add(n):
    x = 2 ** 63 - 1000
    seen = []
    for i in range(n):
        x = x + 7
        if i % 40 == 0 or x == 2 ** 63 or (x - 7 < 2 ** 63 <= x):
            seen.append(x)
    return x, seen


print(overflow_add(300))


def overflow_mul(n):
    out = []
    x = 3
    for i in range(n):
        y = x * x
        out.append(y % 1000003)
        if y > 2 ** 62:
            x = 3 + i
        else:
            x = y
    return out


print(overflow_mul(60))


def overflow_sub(n):
    x = -(2 ** 63) + 50
    hits = []
    for i in range(n):
        x = x - 1
        if x < -(2 ** 63) + 3:
            hits.append(x)
    return hits[:5], x


print(overflow_sub(200))


def neg_and_abs(n):
    out = []
    m = -(2 ** 63)
    for i in range(n):
        v = -(i * 3)
        if i == n - 1:
            out.append(-m)
            out.append(abs(m))
            out.append(m // -1)
            out.append(m * -1)
            out.append(m - 1)
        elif i % 100 == 0:
            out.append(v)
    return out


print(neg_and_abs(400))


# Shift and bitwise ops crossing into big ints.
def shifts(n):
    out = []
    for i in range(n):
        v = 1 << (i % 70)
        w = v | (i & 7)
        if i % 13 == 0:
            out.append(w ^ (v >> 1))
    return out


print(shifts(300))


# A user class arriving at an int+int site, with __add__ and reflected-less fallbacks.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return Vec(self.x + other, self.y + other)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"


def accumulate(items):
    total = items[0]
    for it in items[1:]:
        total = total + it
    return total


ints = list(range(500))
print(accumulate(ints))
vecs = [Vec(i, -i) for i in range(500)]
print(accumulate(vecs))
print(accumulate(ints))
print(accumulate([Vec(1, 2)] + list(range(300))))
print(accumulate([0.5] * 400))
print(accumulate(["ab"] * 5 + ["c"]))
print(accumulate([[1], [2, 3], [4]]))
print(accumulate([(1,), (2,)]))

try:
    accumulate([1] * 300 + ["x"])
except TypeError as e:
    print("TypeError:", e)
try:
    accumulate([Vec(1, 1), Vec(2, 2), "s"])
except TypeError as e:
    print("TypeError:", e)


def scale_all(items, k):
    out = []
    for it in items:
        out.append(it * k)
    return out


print(scale_all(list(range(300)), 3)[-3:])
print(scale_all([Vec(1, 2), 4, "ab", [0], 2.5, True], 3))
print(scale_all(list(range(300)), 2 ** 62)[-2:])
