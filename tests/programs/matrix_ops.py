"""A tiny Matrix class with operator overloading and Gaussian elimination."""
import math


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} + {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Matrix([[-x for x in row] for row in self.rows])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in row] for row in self.rows])
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise MatrixError(f"cannot multiply {self.shape} by {other.shape}")
        cols = other.transpose().rows
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(f"{x:g}") for row in self.rows for x in row)
        return "\n".join("[ " + " ".join(f"{x:>{width}g}" for x in row) + " ]" for row in self.rows)

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("determinant needs a square matrix")
        a = [[float(x) for x in row] for row in self.rows]
        det = 1.0
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                return 0.0
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, n):
                factor = a[r][col] / a[col][col]
                for c in range(col, n):
                    a[r][c] -= factor * a[col][c]
        return det


def solve(m, b):
    n = len(m)
    aug = [list(map(float, row)) + [float(v)] for row, v in zip(m.rows, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        aug[col], aug[pivot] = aug[pivot], aug[col]
        if aug[col][col] == 0:
            raise ZeroDivisionError("singular matrix")
        for r in range(n):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [aug[i][n] / aug[i][i] for i in range(n)]


a = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = Matrix([[1, 0, 2], [0, 3, 1], [4, -1, 0]])
print("A =", a.shape)
print(a)
print("B^T =")
print(b.transpose())
print("A + B =")
print(a + b)
print("A - B =", repr(a - b))
print("A * B =")
print(a * b)
print("A * 0.5 =")
print(a * 0.5)
print("A * I == A:", a * Matrix.identity(3) == a)
print("A == B:", a == b)
print(f"det(A) = {a.determinant():.6f}")
print(f"det(B) = {b.determinant():.6f}")
print("det(I4) =", Matrix.identity(4).determinant())
print("solution:", [round(x, 6) for x in solve(a, [8, -11, -3])])
z = Matrix.zeros(2, 3)
z[1, 2] = 7
z[0, 0] = -1.5
print(z, len(z), z[1, 2])
print("row sums:", [sum(r) for r in a])
print("col max:", [max(c) for c in zip(*a.rows)])
print("trace:", sum(a[i, i] for i in range(3)))
print("frobenius:", round(math.sqrt(sum(x * x for row in a for x in row)), 6))

for bad in (lambda: a + z, lambda: z * a, lambda: Matrix([[1, 2], [3]]), lambda: z.determinant(),
            lambda: solve(Matrix([[1, 2], [2, 4]]), [1, 2])):
    try:
        result = bad()
    except MatrixError as e:
        print("MatrixError:", e, "| ValueError?", isinstance(e, ValueError))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    else:
        print("ok:", repr(result))

rot = lambda t: Matrix([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
r = rot(math.pi / 6)
full = Matrix.identity(2)
for _ in range(12):
    full = full * r
print("12 rotations of 30deg:", [[round(x, 9) + 0.0 for x in row] for row in full])
print(f"{math.hypot(3, 4)} {math.atan2(1, 1):.6f} {math.pi * 180 / math.pi:.1f} {math.floor(-2.5)} {math.ceil(2.1)} {math.isqrt(99)}")
