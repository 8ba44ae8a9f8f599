import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, groupby, islice, pairwise, starmap, tee,
                       zip_longest, product, permutations, combinations,
                       combinations_with_replacement)

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# infinite iterators
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(zip(count(1), 'abc')), list(islice(count(5, -1), 7)))
c = count(3); next(c); print(c, count(), count(0, 2), count(1.0), count(2, 1.0))
print(list(islice(cycle('ABC'), 8)), list(cycle([])), list(islice(cycle(range(2)), 5)))
print(list(repeat('x', 3)), list(repeat(7, 0)), list(repeat(1, -2)), list(islice(repeat(None), 2)))
r = repeat('z', 3); next(r); print(r, repeat(5), list(map(pow, range(5), repeat(2))))
# accumulate
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(accumulate([], initial=10)), list(accumulate([1, 2], initial=100)))
print(list(accumulate('abc')), list(accumulate([])), list(accumulate([5], func=min)))
# chain
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(chain.from_iterable([[1], [2, 3], []])), list(chain(*[[1, 2], [3]])))
def gen_lists():
    for i in range(3):
        print("  producing", i)
        yield [i] * i
for v in chain.from_iterable(gen_lists()):
    print("  got", v)
# compress, dropwhile, takewhile, filterfalse
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 2)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, []])))
it = iter(range(10))
print(list(takewhile(lambda x: x < 3, it)), next(it))
# starmap, pairwise
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
print(list(pairwise('ABCDE')), list(pairwise([1])), list(pairwise([])))
# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1, 2], [3])))
print(list(zip_longest()), list(zip_longest('ab')), list(zip_longest('a', 'bcd', [1, 2])))
# islice
data = 'ABCDEFG'
print(list(islice(data, 2)), list(islice(data, 2, 4)), list(islice(data, 2, None)), list(islice(data, 0, None, 2)))
print(list(islice(data, None)), list(islice(data, None, None, 3)), list(islice(data, 5, 2)), list(islice(data, 10, 20)))
show("islice neg stop", lambda: islice(data, -1))
show("islice neg start", lambda: islice(data, -1, 3))
show("islice zero step", lambda: islice(data, 0, 3, 0))
show("islice str", lambda: islice(data, 'a'))
show("islice nargs", lambda: islice(data))
it = iter(range(20))
print(list(islice(it, 2, 10, 3)), next(it))
it = iter(range(20))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(20))
print(list(islice(it, 4, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))
# groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(sorted(['apple', 'bob', 'avocado', 'cat', 'banana'], key=len), key=len)])
groups = []
for k, g in groupby('aabbbc'):
    groups.append(g)
print([list(g) for g in groups])
gb = groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g3))
show("gb end", lambda: next(gb))
gb = groupby([1, 1, 2, 2, 2, 3])
k, g = next(gb); print(k, next(g), next(g))
show("group exhausted", lambda: next(g))
print(next(gb)[0], list(groupby([])))
people = [('ann', 'NY'), ('bob', 'NY'), ('cy', 'LA'), ('dee', 'NY')]
for city, grp in groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(city, [name for name, _ in grp])
# run-length encoding
def rle(s):
    return ''.join('%d%s' % (len(list(g)), k) for k, g in groupby(s))
print(rle('WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW'))
# tee
a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee('xyz', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
t0, t1 = tee(iter([1, 2, 3]))
print(list(zip(t0, t1)))
print(tee('ab', 0), len(tee('ab', 4)))
show("tee neg", lambda: tee('ab', -1))
# combinatorics
print(list(product('AB', 'xy')), list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)), len(list(product(range(3), range(4), 'ab'))))
show("product neg", lambda: product('a', repeat=-1))
print(list(permutations('ABC')), list(permutations(range(3), 2)))
print(list(permutations('AB', 0)), list(permutations('AB', 3)), list(permutations([])), len(list(permutations(range(5)))))
show("perm neg", lambda: permutations('AB', -1))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)))
print(list(combinations('AB', 0)), list(combinations('AB', 3)), list(combinations([], 0)), len(list(combinations(range(10), 4))))
show("comb neg", lambda: combinations('AB', -1))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement(range(2), 3)), len(list(combinations_with_replacement(range(5), 3))))
# type names and laziness
for obj in (count(), cycle('a'), repeat(1), accumulate([]), chain(), compress('', ''),
            dropwhile(None, ''), takewhile(None, ''), filterfalse(None, ''), groupby(''),
            islice('', 1), pairwise(''), starmap(None, ''), zip_longest(), product(),
            permutations(''), combinations('', 0), combinations_with_replacement('', 0)):
    print(type(obj).__name__, end=' ')
print()
print(type(tee('a')[0]).__name__, type(next(groupby('a'))[1]).__name__)
def noisy():
    for i in range(3):
        print("  yield", i)
        yield i
m = map(lambda x: x * 10, noisy())
p = accumulate(m)
print("created")
print(next(p), next(p))
show("not iterable", lambda: type(chain(5)).__name__)
show("not iterable2", lambda: list(chain(5)))
show("product not iterable", lambda: product(5))
show("next exhausted", lambda: next(islice('a', 0)))
# sums of dice
print(sorted(set(sum(t) for t in product(range(1, 7), repeat=2))))
# subsets
items = ['a', 'b', 'c']
print([list(c) for r in range(len(items) + 1) for c in combinations(items, r)])
# TSP brute force on 5 cities
dist = [[0, 2, 9, 10, 7], [1, 0, 6, 4, 3], [15, 7, 0, 8, 3], [6, 3, 12, 0, 11], [9, 7, 5, 6, 0]]
best = min((sum(dist[a][b] for a, b in pairwise((0,) + perm + (0,))), perm) for perm in permutations(range(1, 5)))
print("tsp", best)
# batch into chunks
def chunks(iterable, n):
    it = iter(iterable)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(chunks(range(10), 3)))
# flatten / running totals
print(list(accumulate(chain([1, 2], [3, 4]))), sum(1 for _ in combinations(range(20), 3)))
# operator-ish
print(list(zip(count(), 'hey')), dict(zip_longest('abc', [1])))
print(list(itertools.islice(itertools.count(), 0, 10, 4)))
# enumerate pairs with product over 2d grid
print([(r, c) for r, c in product(range(2), range(3))])
