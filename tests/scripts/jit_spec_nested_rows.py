# Nested loops where the inner loop's variable types differ per outer
# iteration: int rows and float rows alternate, so the inner loop is
# compiled (OSR) with one type set and then entered again with another;
# also inner loops whose accumulator starts as an int and becomes a float
# halfway along a row, and rows of big ints.


def alt_rows(rows, cols):
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append([c for c in range(cols)])
        else:
            grid.append([c * 0.5 for c in range(cols)])
    sums = []
    for row in grid:
        s = 0
        for v in row:
            s += v
        sums.append(s)
    return [(type(s).__name__, s) for s in sums]


for item in alt_rows(6, 1200):
    print("alt_rows", item)


def inner_acc_retype(rows, cols):
    out = []
    for r in range(rows):
        acc = 0 if r % 3 else 0.0
        step = r + 1 if r % 2 else (r + 1) * 0.25
        for c in range(cols):
            acc = acc + step
            if r == 4 and c == cols // 2:
                acc = float(acc)
            if r == 5 and c == cols // 2:
                acc = acc + 2 ** 64
        out.append((type(acc).__name__, acc))
    return out


for item in inner_acc_retype(7, 1100):
    print("inner_acc_retype", item)


def matrix_mixed(n):
    a = [[(i * n + j) if (i + j) % 2 else (i * n + j) * 1.0 for j in range(n)] for i in range(n)]
    tr = 0
    for i in range(n):
        for j in range(n):
            if i == j:
                tr += a[i][j]
    col = []
    for j in range(n):
        s = 0
        for i in range(n):
            s = s + a[i][j]
        col.append(s)
    return tr, col[:4], [type(c).__name__ for c in col[:4]]


print("matrix_mixed", matrix_mixed(45))


def big_rows(rows, cols):
    res = []
    for r in range(rows):
        base = 2 ** (20 * r)
        s = 0
        for c in range(cols):
            s += base + c
        res.append(s)
    return res


print("big_rows", big_rows(5, 1100))


def inner_type_each_outer(n):
    vals = [1, 2.5, True, 2 ** 63, -7, 0.125, False, "ab"]
    out = []
    chk = 0
    for v in vals:
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        t = v
        for k in range(n):
            if type(v) is str:
                t = v
            else:
                t = t * 1 + v - v
        out.append((type(t).__name__, t))
    return out


print("inner_type_each_outer", inner_type_each_outer(1100))


def triangle(n):
    total = 0
    cnt = 0
    for i in range(n):
        j = 0
        while j < i:
            total += j if i % 2 else j / 2
            j += 1
            cnt += 1
    return total, cnt


print("triangle", triangle(70))


def outer_break_inner(n):
    found = []
    for i in range(2, n):
        for d in range(2, i):
            if i % d == 0:
                break
        else:
            found.append(i if len(found) % 2 else i + 0.0)
    return len(found), found[-4:]


print("outer_break_inner", outer_break_inner(600))
