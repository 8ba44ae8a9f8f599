# matrix operations written with comprehensions
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
def transpose(m):
    return [list(col) for col in zip(*m)]
def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
print(transpose(A))
print(matmul(A, B))
print(matmul(B, A))
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(I, matmul(I, [[1, 2, 3]] * 3) == [[1, 2, 3]] * 3)
print([[A[i][j] * 2 for j in range(len(A[0]))] for i in range(len(A))])
print([row[:] for row in A] == A, [row[:] for row in A] is A)
print(sum(A[i][i] for i in range(min(len(A), len(A[0])))))
print([sum(row) for row in B], [max(col) for col in zip(*B)])
flat = [x for row in B for x in row]
print(flat, [flat[i:i + 2] for i in range(0, len(flat), 2)])
spiral = [[0] * 4 for _ in range(4)]
spiral[1][2] = 5
print(spiral)
bad = [[0] * 3] * 2
bad[0][0] = 9
print(bad)
print([[(i + j) % 3 for j in range(3)] for i in range(3)])
print([[1] * n for n in range(4)])
