"""Vector and matrix classes with operator dunders."""
import math


class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return f"Vector{self.c}"

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __iter__(self):
        return iter(self.c)

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return Vector(*[a - b for a, b in zip(self, other)])

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self))

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __bool__(self):
        return any(self.c)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        lines = ["[" + " ".join(f"{x:>{width}}" for x in row) + "]" for row in self.rows]
        return "\n".join(lines)

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __matmul__(self, other):
        return self.mul(other)

    def mul(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(a * b for a, b in zip(row, other)) for row in self.rows))
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __mul__(self, other):
        return self.mul(other)

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __eq__(self, other):
        return self.rows == other.rows

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(self.m):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total


v = Vector(3, 4)
w = Vector(1.5, -2)
print(v, w, v + w, v - w, -v)
print(v * 2, 3 * v, v * w, abs(v), abs(w))
print(v / 2, len(v), v[0], v[-1], list(v), bool(Vector(0, 0)), bool(v))
print(v == Vector(3, 4), v != Vector(3, 4), v == (3, 4), {v, Vector(3, 4), w})

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A * B)
print(A @ B == A * B, A + B == Matrix([[1, 3], [4, 4]]))
print(A.transpose())
print(A * Vector(1, 1))
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 90)[0, 1])
print(fib ** 10)
M = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(M.det(), Matrix.identity(4).det(), (M * M).det() == M.det() ** 2)
M[1, 1] = 7
print(M.det(), M[1, 1])
try:
    A * M
except ValueError as e:
    print("error:", e)
rot = Matrix([[math.cos(math.pi / 2), -math.sin(math.pi / 2)], [math.sin(math.pi / 2), math.cos(math.pi / 2)]])
print(rot * Vector(1, 0))
print([round(x, 10) for x in rot * Vector(1, 0)])
print(Vector(1, 2) + Vector(0.1, 0.2), Vector(2 ** 64, 1) * Vector(2 ** 64, 1))
print(v * "ab" if False else Vector("a", "b") * 3)
