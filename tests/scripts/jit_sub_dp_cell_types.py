# List subscripts `xs[i]` in hot DP loops whose cells change type midway:
# ints that become floats, ints that overflow past 2**63 into big ints, bools
# mixed with ints, and None/str sentinels appearing late, so native code that
# assumed one item type at a subscript site must exit and recompile.


def fib_table(n):
    # cells grow past 2**63 around index 93 and keep going as big ints
    t = [0] * n
    t[1] = 1
    for i in range(2, n):
        t[i] = t[i - 1] + t[i - 2]
    return t[90], t[93], t[n - 1] % 1000000007, len(str(t[n - 1]))


print("fib_table", fib_table(3000))


def paths_grid(rows, cols):
    # lattice paths: ints that overflow into big ints part way through
    prev = [1] * cols
    for r in range(1, rows):
        cur = [1] * cols
        for c in range(1, cols):
            cur[c] = cur[c - 1] + prev[c]
        prev = cur
    return prev[cols - 1] % 998244353, prev[40] % 998244353, prev[10]


print("paths_grid", paths_grid(60, 80))


def int_then_float(n, switch):
    # cell values are ints until `switch`, then a float enters the table
    t = [0] * n
    for i in range(1, n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (chk * 17 + 3) & 65535
        if i == switch:
            t[i] = t[i - 1] + 0.5
        else:
            t[i] = t[i - 1] + (i % 7)
    return t[switch - 1], t[switch], t[n - 1], type(t[switch - 1]).__name__, type(t[n - 1]).__name__


print("int_then_float", int_then_float(4000, 2500))
print("int_then_float_early", int_then_float(4000, 3))
print("int_then_float_last", int_then_float(4000, 3999))


def coin_change(coins, amount):
    # classic min-coins DP; unreachable cells hold None late in the table
    INF = None
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        best = INF
        for c in coins:
            if c <= a:
                prev = dp[a - c]
                if prev is not None and (best is None or prev + 1 < best):
                    best = prev + 1
        dp[a] = best
    reach = 0
    for a in range(amount + 1):
        if dp[a] is not None:
            reach += 1
    return dp[amount], dp[1], dp[7], reach


print("coin_change", coin_change([5, 7, 11], 3000))
print("coin_change_ones", coin_change([1, 3, 4], 3000))


def knapsack(weights, values, cap):
    # values are ints for the first half of the items, floats for the rest
    dp = [0] * (cap + 1)
    for k in range(len(weights)):
        w = weights[k]
        v = values[k]
        for c in range(cap, w - 1, -1):
            cand = dp[c - w] + v
            if cand > dp[c]:
                dp[c] = cand
    return dp[cap], dp[cap // 2], type(dp[cap]).__name__


ws = [(k * 37) % 23 + 1 for k in range(40)]
vs = [(k * 53) % 31 + 1 for k in range(20)] + [((k * 53) % 31 + 1) * 1.25 for k in range(20)]
print("knapsack", knapsack(ws, vs, 500))
print("knapsack_int", knapsack(ws, [(k * 53) % 31 + 1 for k in range(40)], 500))


def bool_cells(n):
    # a sieve stored as bools, then summed with ints: True + 1 etc.
    sieve = [True] * n
    sieve[0] = False
    sieve[1] = False
    for i in range(2, n):
        if sieve[i]:
            for j in range(i * i, n, i):
                sieve[j] = False
    total = 0
    weighted = 0
    for i in range(n):
        total += sieve[i]
        weighted = weighted + sieve[i] * i + (sieve[i] + 1)
    return total, weighted, sieve[2] + 1, sieve[4] + 1, type(sieve[2] + 1).__name__


print("bool_cells", bool_cells(5000))


def mixed_bool_int(n):
    # one table, bools and ints interleaved, read at the same site
    t = []
    for i in range(n):
        if i % 5 == 0:
            t.append(i % 2 == 0)
        else:
            t.append(i)
    s = 0
    ones = 0
    for i in range(n):
        v = t[i]
        s += v + 1
        if v is True:
            ones += 1
    return s, ones, t[0], t[5], t[10]


print("mixed_bool_int", mixed_bool_int(4000))


def late_str(n):
    # an int table that gets a str item near the end; the sum fails with TypeError
    t = list(range(n))
    t[n - 10] = "oops"
    s = 0
    i = 0
    try:
        while i < n:
            s += t[i]
            i += 1
    except TypeError as e:
        return "TypeError", i, s, str(e)
    return s


print("late_str", late_str(3000))


def overflow_cells(n):
    # cells double each step: native int arithmetic overflows, the table keeps big ints
    t = [1] * n
    for i in range(1, n):
        t[i] = t[i - 1] * 2 if i < 200 else t[i - 1] - t[i - 1] // 3
    m = 0
    for i in range(n):
        if t[i] > 2 ** 63 - 1:
            m += 1
    return m, t[62], t[63], t[64], t[199] % 1000003, t[n - 1] % 1000003


print("overflow_cells", overflow_cells(2500))


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            x = prev[j] + 1
            y = cur[j - 1] + 1
            z = prev[j - 1] + cost
            cur[j] = x if x < y and x < z else (y if y < z else z)
        prev = cur
    return prev[len(b)]


print("edit_distance", edit_distance("kitten" * 12, "sitting" * 11))
print("edit_distance_float", edit_distance([1.0, 2.5, 3.0] * 20, [2.5, 1.0] * 30))
