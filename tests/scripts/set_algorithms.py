# set-based algorithms on ints
N = 100
composites = {i * j for i in range(2, 11) for j in range(2, N // 2 + 1) if i * j <= N}
primes = set(range(2, N + 1)) - composites
print(sorted(primes))
print(len(primes), 97 in primes, 91 in primes)
graph = {1: {2, 3}, 2: {1, 4}, 3: {1, 4}, 4: {2, 3, 5}, 5: {4}, 6: set()}
visited = set()
frontier = {1}
level = 0
while frontier:
    print("level", level, sorted(frontier))
    visited |= frontier
    frontier = set().union(*[graph[n] for n in frontier]) - visited
    level += 1
print(sorted(visited), sorted(set(graph) - visited))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
c = set(range(0, 30, 5))
print(sorted(a & b & c), sorted((a | b) - c), len(a ^ b ^ c))
seq = [4, 7, 4, 1, 7, 7, 9, 1]
seen = set()
uniq = []
for x in seq:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, len(seen))
nums = [1, 5, 9, 12, 3, 7]
target = 12
pairs = set()
s = set()
for n in nums:
    if target - n in s:
        pairs.add((min(n, target - n), max(n, target - n)))
    s.add(n)
print(sorted(pairs))
print({1, 2} <= {1, 2, 3}, {5} | set(), set([3]) == {3})
