import functools
from functools import reduce, partial, lru_cache, cache, wraps, update_wrapper, cmp_to_key, total_ordering

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]), reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: a + b, [5]), reduce(lambda a, b: a + b, ['a', 'b'], 'z'))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, x: acc + [x * 2], range(4), []), reduce(lambda a, b: a, [], None))
show("empty", lambda: reduce(lambda a, b: a + b, []))
show("empty gen", lambda: reduce(lambda a, b: a + b, (x for x in [])))
print(reduce(lambda d, w: {**d, w: d.get(w, 0) + 1}, "a b a c a".split(), {}))

# partial
def power(base, exp, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(3, exp=4), square.func is power, square.args, square.keywords)
two_to = partial(power, 2)
print(two_to(10), two_to(10, mod=1000), two_to.args, two_to.keywords)
p2 = partial(two_to, 5)
print(p2(), p2.func is power, p2.args)
p3 = partial(square, mod=7)
print(p3(10), p3.keywords, p3.func is power)
basetwo = partial(int, base=2)
print(basetwo('10010'), basetwo('111'))
show("not callable", lambda: partial(5))
print(list(map(partial(power, exp=2), range(5))), type(square).__name__, callable(square))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))
def greet(greeting, name, punct='!'):
    return '%s, %s%s' % (greeting, name, punct)
hello = partial(greet, 'Hello')
print(hello('ann'), hello('bob', punct='?'), hello(name='cy'))

# lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib(10), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(20), fib.cache_info())
print(fib.__name__, fib.__wrapped__(5), fib.cache_parameters())

@lru_cache
def sq(x):
    print("  computing", x)
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info(), sq.__name__)

@lru_cache(maxsize=2)
def ident(x):
    print("  miss", x)
    return x
for v in [1, 2, 1, 3, 2, 1, 1, 3]:
    ident(v)
print(ident.cache_info())

@lru_cache(maxsize=3)
def f3(a, b=0):
    print("  call", a, b)
    return a + b
print(f3(1), f3(1, 0), f3(1, b=0), f3(a=1), f3(1), f3.cache_info())
print(f3(1.0), f3.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1
print(factorial(30), factorial.cache_info(), factorial(10), factorial.cache_info())

show("unhashable", lambda: sq([1]))
show("bad maxsize", lambda: lru_cache('x'))
ci = fib.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci[0], tuple(ci), type(ci).__name__, ci._fields)
hits, misses, maxsize, currsize = ci
print(hits + misses, maxsize, currsize, ci == (hits, misses, None, currsize))

@lru_cache(maxsize=100)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.cache_info())

# edit distance with memo
def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    return d(len(a), len(b))
print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"))

# a method cached
class Calc:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def mul(self, x):
        return self.k * x
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return self.k == other.k
c1 = Calc(3)
print(c1.mul(4), c1.mul(4), Calc.mul.cache_info())

# wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print("  calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b=1):
    """Add two numbers."""
    return a + b
print(add(2, b=3), add.__name__, add.__doc__, add.__module__, add.__wrapped__(1))

def timer(func):
    def inner(*a):
        return func(*a)
    return update_wrapper(inner, func)
@timer
def mul(a, b):
    "multiply"
    return a * b
print(mul(6, 7), mul.__name__, mul.__doc__, mul.__wrapped__ is not None)
def deco_with_args(n):
    def deco(f):
        @wraps(f)
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@deco_with_args(3)
def hi(x):
    return 'hi ' + x
print(hi('bob'), hi.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# cmp_to_key
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(compare)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))
nums = [3, 30, 34, 5, 9]
print(''.join(sorted(map(str, nums), key=cmp_to_key(lambda a, b: (1 if a + b < b + a else -1 if a + b > b + a else 0)))))
K = cmp_to_key(compare)
print(K('a') < K('bb'), K('bb') == K('cc'), K('zz') >= K('a'))

# total_ordering
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split('.'))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
a, b = Version('1.2.3'), Version('1.10')
print(a < b, a > b, a <= b, a >= b, a == b, a != b, b >= a)
print(sorted([Version('2.0'), Version('1.9.9'), Version('1.10')]), max(Version('0.1'), Version('0.0.9')))

@total_ordering
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.c == other.c
    def __gt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.c > other.c
print(Money(1) < Money(2), Money(3) <= Money(3), Money(5) >= Money(6), Money(2) > Money(1))
show("cross type", lambda: Money(1) < 5)
@total_ordering
class Le:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v
print(Le(1) < Le(2), Le(2) > Le(1), Le(2) >= Le(2), Le(3) < Le(3))
def no_order():
    @total_ordering
    class X:
        pass
show("no order", no_order)
