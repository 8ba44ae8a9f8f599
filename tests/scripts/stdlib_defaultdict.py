from collections import defaultdict

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = defaultdict(int)
print(d, repr(d), str(d), len(d), bool(d), type(d).__name__, isinstance(d, defaultdict))
for w in "the cat and the hat and the bat".split():
    d[w] += 1
print(d)
print(d['the'], d['zzz'], len(d), 'zzz' in d, d.get('nope'), 'nope' in d, d.get('nope', 5))
print(sorted(d.items()), list(d), list(d.keys()), list(d.values()))
print(d.default_factory, d.pop('zzz'), d.pop('missing', 'dflt'))
show("pop missing", lambda: d.pop('missing'))
print(d.setdefault('new', 42), d.setdefault('the', 0), d)
del d['new']
show("del missing", lambda: d.__delitem__('xx'))
print(d.popitem(), d)
e = d.copy(); e['copy'] = 1
print(type(e).__name__, e.default_factory, e, d == e, d != e)
print(d == {'the': 3, 'cat': 1, 'and': 2, 'hat': 1}, {'the': 3, 'cat': 1, 'and': 2, 'hat': 1} == d)
d.update({'x': 10}, y=20); d.update([('z', 30)]); print(d)
d.clear(); print(d, len(d))
show("popitem empty", lambda: d.popitem())

# grouping with defaultdict(list)
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "cranberry"]
groups = defaultdict(list)
for w in words:
    groups[w[0]].append(w)
print(groups)
for letter, ws in sorted(groups.items()):
    print(letter, ws)
print(dict(sorted(groups.items())))

# graph adjacency with defaultdict(set)
edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]
adj = defaultdict(set)
for a, b in edges:
    adj[a].add(b)
    adj[b].add(a)
for node in sorted(adj):
    print(node, sorted(adj[node]))

# nested defaultdict
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
print(t['a']['x'], t['a']['b']['c'], len(t['a']), sorted(t['a'].keys()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 5
nested['x']['z'] += 1
print(dict(nested['x'].items()), nested['x'])

# factory None behaves like dict
n = defaultdict(None, {'a': 1})
print(n, n['a'])
show("missing None factory", lambda: n['b'])
print(defaultdict(None, {}), defaultdict(), defaultdict(list, a=[1]), defaultdict(str, [('k', 'v')]))
show("bad factory", lambda: defaultdict(3))
show("too many", lambda: defaultdict(int, {}, {}))
show("hash", lambda: hash(defaultdict(int)))
print(defaultdict(list).default_factory, defaultdict(int, {'a': 1}) == defaultdict(list, {'a': 1}))
# factory as custom function
def zero_pair():
    return [0, 0]
scores = defaultdict(zero_pair)
for name, won in [('ann', 1), ('bob', 0), ('ann', 0), ('cy', 1)]:
    scores[name][0 if won else 1] += 1
print(sorted(scores.items()))
# iteration order and reversed
o = defaultdict(int, [('b', 1), ('a', 2), ('c', 3)])
print(list(o), list(reversed(o)), [k for k in o], max(o), min(o.values()))
print(o | {'z': 0}, type(o | {'z': 0}).__name__)
o |= {'q': 9}; print(o)
print(defaultdict.fromkeys('ab', 0))
# values mutated through getitem
m = defaultdict(list)
m['k'].append(1); m['k'].append(2)
print(m['k'], m)
print(sum(defaultdict(int, a=2, b=3).values()))
print(sorted(defaultdict(int, a=2, b=3)), len(defaultdict(int, a=2, b=3)))
k = defaultdict(int)
for i in range(10000):
    k[i % 7] += i
print(sorted(k.items()))
