# any, all, abs
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("abc"), all(""), any([None, "", 0.0]), all([[0]]), any([[]]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), all(x < 4 for x in range(5)))
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums))
calls = []
def check(v):
    calls.append(v)
    return v > 2
print(any(check(v) for v in [1, 2, 3, 4, 5]), calls)
calls.clear()
print(all(check(v) for v in [3, 4, 1, 5]), calls)
print(abs(-7), abs(7), abs(-0), abs(-3.5), abs(0.0), abs(-0.0), abs(-10 ** 30), abs(True), abs(False))
print(abs(float("-inf")), abs(-2 ** 63), type(abs(-1)), type(abs(-1.0)))
print([abs(x - 3) for x in range(7)])
words = ["Alpha", "beta", "Gamma"]
print(any(w[0] == w[0].lower() for w in words))
print(all(len(w) >= 4 for w in words), any(len(w) > 5 for w in words))
grid = [[1, 2], [3, 0]]
print(all(all(row) for row in grid), any(any(row) for row in grid))
print(all([True, 1, "x", [1], (0,)]), any([False, 0, "", [], ()]))
