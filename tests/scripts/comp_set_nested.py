# set comprehensions over small ints (deterministic order)
print({x % 7 for x in range(50)})
print({x * x for x in range(-5, 6)})
print(sorted({x * y for x in range(1, 6) for y in range(1, 6)}))
print({n for n in range(40) if n % 3 == 0 and n % 4 == 0})
print({len(w) for w in ["a", "bb", "cc", "ddd", ""]})
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(evens & threes, sorted(evens | threes), sorted(evens - threes), sorted(evens ^ threes))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(len({(x % 3, x % 2) for x in range(100)}))
primes = {n for n in range(2, 50) if all(n % d for d in range(2, n))}
print(sorted(primes))
print({abs(x) for x in [-2, -1, 0, 1, 2]})
print(sum({x % 10 for x in range(1000)}), max({-x for x in range(5)}))
print(sorted({c for c in "hello world" if c != " "}))
print({True, 1, 1.0}, {0, False})
