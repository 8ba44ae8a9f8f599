# lambdas with sorted, map, filter, min, max
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: -len(w)))
print(sorted(words, key=lambda w: w[-1], reverse=True))
print(list(map(lambda w: w[:2], words)))
print(list(filter(lambda w: len(w) > 4, words)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(min(words, key=lambda w: len(w)), max(words, key=lambda w: w.count("e")))
pairs = [(1, "b"), (2, "a"), (1, "a"), (0, "z")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (p[1], -p[0])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda *a, **k: (a, k))(1, b=2))
print((lambda x, y=10: x + y)(1), (lambda: "no args")())
table = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([table[op](6, 3) for op in "+-*"])
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(sorted(range(10), key=lambda v: (v % 3, -v)))
cond = lambda v: "even" if v % 2 == 0 else "odd"
print([cond(v) for v in range(4)])
print(type(inc).__name__, callable(inc))
