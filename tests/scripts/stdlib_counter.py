from collections import Counter

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while a quick cat watches the brown fox"""
words = text.split()
wc = Counter(words)
print(wc)
print(wc.most_common(3))
print(wc.most_common(1), wc.most_common(0), wc.most_common(-1), len(wc.most_common()))
for word, n in wc.most_common(5):
    print("%-6s %d" % (word, n))
print(wc['the'], wc['unicorn'], 'unicorn' in wc, len(wc), wc.get('unicorn'), wc.total())
print(type(wc).__name__, isinstance(wc, Counter))

c = Counter('abracadabra')
print(c, repr(c), str(c))
print(sorted(c.elements()), ''.join(c.elements()))
print(list(c), list(c.keys()), list(c.values()), sorted(c.items()))
print(Counter(), Counter([]), Counter({'a': 3, 'b': -1}), Counter(a=2, b=5))
print(Counter({'x': 1}, y=2), Counter(iterable=3))
# ties keep first-seen order
print(Counter('bbaacc'), Counter('bbaacc').most_common(2), Counter('cab').most_common())
c.update('aaz'); print(c)
c.update({'z': 5, 'q': 1}); print(c)
c.update(b=10); print(c)
c.subtract('aaaa'); print(c)
c.subtract({'q': 3}); print(c)
c.subtract(k=1); print(c)
del c['k']; del c['nothere']; print(c)
c['new'] += 3; print(c['new'], c)
print(c.pop('new'), c.setdefault('w', 7), c)

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-2)
print(a + b, a - b, a | b, a & b)
print(+b, -b, +Counter(), -Counter(a=1))
print(a == Counter(a=3, b=1), a == Counter(a=3, b=1, c=0, e=0), a != b)
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1, b=1))
print(Counter(a=1) == {'a': 1}, {'a': 1} == Counter(a=1), Counter(a=1) == {'a': 1, 'b': 0})
x = Counter(a=5, b=2)
x += Counter(a=-6, c=1); print(x)
x -= Counter(c=1, d=1); print(x)
x |= Counter(b=7, e=1); print(x)
x &= Counter(b=3, e=4); print(x)
show("fromkeys", lambda: Counter.fromkeys('abc'))
show("hash", lambda: hash(Counter()))
show("too many", lambda: Counter('a', 'b'))
print(c.copy() == c, type(c.copy()).__name__)
print(sum(Counter('hello world').values()), Counter('hello world').total())
print(Counter('mississippi').most_common())
print(Counter([1, 2, 2, 3, 3, 3]), Counter([(1, 2), (1, 2), (3, 4)]))
print(Counter({'a': 1.5, 'b': 0.5}), Counter({'a': 0}))
# anagram check
def is_anagram(s1, s2):
    return Counter(s1.replace(' ', '').lower()) == Counter(s2.replace(' ', '').lower())
print(is_anagram("Listen", "Silent"), is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
# letter frequency histogram
for ch, n in Counter("she sells sea shells by the sea shore".replace(' ', '')).most_common(4):
    print(ch, '#' * n)
# counting dice sums
import random
random.seed(42)
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(1000))
for total in sorted(rolls):
    print(total, rolls[total])
print(rolls.most_common(3))
# inventory
inv = Counter(apples=3, pears=2)
order = Counter(apples=1, pears=5)
left = inv - order
print(left, order - inv, sorted((inv + order).items()))
print(Counter(['a', 'b']) | {'a': 5} if False else Counter(['a', 'b']) + Counter(['a']))
print(dict(Counter('aab').items()), list(Counter('aab').most_common()))
print(max(wc, key=wc.get), min(wc.values()), sorted(wc, key=lambda w: (-wc[w], w))[:4])
