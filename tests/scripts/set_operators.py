# set operators
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | set(), a & set(), set() - a, a ^ a)
c = set(a)
c |= {10}; print(c)
c &= {1, 2, 10, 99}; print(c)
c -= {2}; print(c)
c ^= {1, 50}; print(c)
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens | threes), sorted(evens - threes), sorted(evens ^ threes))
print(len(evens), len(threes), len(evens | threes))
print((a | b) - (a & b) == a ^ b)
print(sorted({-1, -2, 3} | {0}))
print(sorted({100, 200} | {50}), sorted({1000, 2 ** 40}))
words = ["apple", "banana", "apple", "cherry", "banana"]
unique = set(words)
print(len(unique), sorted(unique))
print(sorted(set("mississippi")))
print(sorted({w[0] for w in words}))
print({x % 5 for x in range(100)})
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
seen = set()
dups = []
for n in [3, 1, 3, 2, 1, 5]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(dups, sorted(seen))
