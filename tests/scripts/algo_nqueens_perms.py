# Backtracking: n-queens, permutations, subsets, combinations
def queens(n):
    sols = []
    cols = []
    def place(r):
        if r == n:
            sols.append(cols[:])
            return
        for c in range(n):
            if all(c != cc and abs(c - cc) != r - rr for rr, cc in enumerate(cols)):
                cols.append(c)
                place(r + 1)
                cols.pop()
    place(0)
    return sols
for n in range(1, 8):
    print(n, len(queens(n)))
first = queens(6)[0]
print(first)
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))
def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            out.append([items[i]] + p)
    return out
print(perms([1, 2, 3]))
print(len(perms(list("abcde"))), "".join(perms(list("abcd"))[13]))
def subsets(items):
    return [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]
print(subsets(["x", "y", "z"]))
def combos(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    return [[items[0]] + c for c in combos(items[1:], k - 1)] + combos(items[1:], k)
print(combos([1, 2, 3, 4], 2), len(combos(list(range(10)), 4)))
