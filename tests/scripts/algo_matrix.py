# Matrix operations with nested lists
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(m):
    return [list(r) for r in zip(*m)]
def matpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(matmul(A, B), matmul(B, A), matmul(A, identity(2)))
print(transpose([[1, 2, 3], [4, 5, 6]]))
F = [[1, 1], [1, 0]]
print(matpow(F, 10), matpow(F, 100)[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print(det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
M = [[1.5, 2.0], [0.5, -1.0]]
print(matmul(M, M))
for row in matmul([[1, 2, 3]], [[4], [5], [6]]):
    print(row)
print("\n".join(" ".join(f"{v:4d}" for v in row) for row in matpow([[2, 1], [1, 1]], 5)))
