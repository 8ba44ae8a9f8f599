# Wrong argument counts to built-ins and library functions: CPython's exact wording,
# which differs by how each function is declared in C (or in Python).
import heapq
import math
import random


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("enumerate()", lambda: enumerate())
attempt("enumerate 3", lambda: enumerate([], 1, 2))
attempt("enumerate kw", lambda: enumerate(start=1))
attempt("sum()", lambda: sum())
attempt("sum 3", lambda: sum([], 0, 1))
attempt("sum kw", lambda: sum([1], start=2, foo=3))
attempt("round()", lambda: round())
attempt("round 3", lambda: round(1, 2, 3))
attempt("round kw", lambda: round(ndigits=2))
attempt("pow()", lambda: pow())
attempt("pow 1", lambda: pow(2))
attempt("pow 4", lambda: pow(1, 2, 3, 4))
attempt("reversed()", lambda: reversed())
attempt("reversed 2", lambda: reversed([], []))
attempt("type()", lambda: type())
attempt("type 2", lambda: type(1, 2))
attempt("object 1", lambda: object(1))
attempt("iter()", lambda: iter())
attempt("iter 3", lambda: iter([], 1, 2))
attempt("iter not callable", lambda: iter([1], 1))
attempt("getattr name", lambda: getattr(1, 2))
attempt("setattr name", lambda: setattr(1, 2, 3))
attempt("hasattr name", lambda: hasattr(1, None))
attempt("len 2", lambda: len([], []))
attempt("divmod 1", lambda: divmod(1))
attempt("isinstance 1", lambda: isinstance(1))
attempt("math.floor()", lambda: math.floor())
attempt("math.ceil 2", lambda: math.ceil(1, 2))
attempt("math.trunc()", lambda: math.trunc())
attempt("math.log2()", lambda: math.log2())
attempt("math.log10 2", lambda: math.log10(1, 2))
attempt("math.isqrt()", lambda: math.isqrt())
attempt("math.factorial 2", lambda: math.factorial(1, 2))
attempt("math.isclose 1", lambda: math.isclose(1.0))
attempt("math.isclose 3", lambda: math.isclose(1.0, 2.0, 3.0))
attempt("math.prod()", lambda: math.prod())
attempt("math.prod 2", lambda: math.prod([1], 2))
attempt("math.prod 3", lambda: math.prod([1], 2, 3))
attempt("random.random 1", lambda: random.random(1))
attempt("random.getrandbits()", lambda: random.getrandbits())
attempt("random.randint 1", lambda: random.randint(1))
attempt("random.randint()", lambda: random.randint())
attempt("random.randint 3", lambda: random.randint(1, 2, 3))
attempt("random.randrange()", lambda: random.randrange())
attempt("random.randrange 4", lambda: random.randrange(1, 2, 3, 4))
attempt("random.choice()", lambda: random.choice())
attempt("random.choice 2", lambda: random.choice([1], [2]))
attempt("random.choices 3", lambda: random.choices([1], None, 3))
attempt("random.shuffle()", lambda: random.shuffle())
attempt("random.uniform 1", lambda: random.uniform(1))
attempt("random.sample 1", lambda: random.sample([1]))
attempt("random.sample 3", lambda: random.sample([1], 1, 2))
attempt("random.seed 3", lambda: random.seed(1, 2, 3))
attempt("random.gauss 3", lambda: random.gauss(1, 2, 3))
attempt("random.expovariate()", lambda: random.expovariate())
attempt("Random().randint", lambda: random.Random(1).randint(5))
attempt("heapq.heappop()", lambda: heapq.heappop())
attempt("heapq.heapify 2", lambda: heapq.heapify([], []))
attempt("heapq.heappop float", lambda: heapq.heappop(1.5))
attempt("heapq.heapify tuple", lambda: heapq.heapify(()))
attempt("heapq.heappush float", lambda: heapq.heappush(1.5, 1))
attempt("heapq.nsmallest()", lambda: heapq.nsmallest())
attempt("heapq.nlargest 1", lambda: heapq.nlargest(2))
attempt("heapq.nsmallest 4", lambda: heapq.nsmallest(1, [], None, 4))

# iter(callable, sentinel)
data = [3, 1, 4, 1, 5, 0, 9]
pos = [0]


def read():
    v = data[pos[0]]
    pos[0] += 1
    return v


print(list(iter(read, 0)))
print(type(iter(read, 0)).__name__)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        self.n -= 1
        return self.n


for x in iter(Countdown(4), -1):
    print("tick", x)
it = iter(Countdown(2), 0)
print(next(it), next(it, "done"), next(it, "done"))
