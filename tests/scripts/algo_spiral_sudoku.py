# Spiral matrix and sudoku validation
def spiral(n):
    m = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m
for row in spiral(5):
    print(" ".join(f"{v:2}" for v in row))
print(sum(spiral(7)[3]), [spiral(6)[i][i] for i in range(6)])
board = [
    "534678912", "672195348", "198342567",
    "859761423", "426853791", "713924856",
    "961537284", "287419635", "345286179",
]
grid = [[int(ch) for ch in row] for row in board]
def valid(g):
    full = set(range(1, 10))
    rows_ok = all(set(r) == full for r in g)
    cols_ok = all(set(g[r][c] for r in range(9)) == full for c in range(9))
    boxes_ok = all(set(g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)) == full
                   for br in (0, 3, 6) for bc in (0, 3, 6))
    return rows_ok, cols_ok, boxes_ok
print(valid(grid))
grid[0][0], grid[0][1] = grid[0][1], grid[0][0]
print(valid(grid))
print([sum(r) for r in grid], sum(map(sum, grid)))
