# One `for x in xs` loop site fed iterables of changing kinds: native code
# compiled for the first kind (range) must detect list, str, tuple, dict,
# set, generator expressions, user iterators, iter()/reversed()/map objects
# and switch back again, with each loop hot enough to be compiled.


class Countdown:
    def __init__(self, start):
        self.cur = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur


class Wrapper:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


def consume(xs):
    n = 0
    acc = 0
    last = None
    for x in xs:
        n += 1
        if type(x) is str:
            acc = (acc * 31 + ord(x)) % 1000003
        elif type(x) is tuple:
            acc = (acc * 31 + x[0]) % 1000003
        else:
            acc = (acc * 31 + int(x)) % 1000003
        last = x
    return n, acc, last


N = 3000
cases = [
    ("range", range(N)),
    ("list", list(range(N))),
    ("str", "abcxyz" * (N // 6)),
    ("range2", range(N, 0, -1)),
    ("tuple", tuple(range(N))),
    ("dict", {k * 3: k for k in range(N)}),
    ("set", set(range(0, 2 * N, 2))),
    ("genexpr", (k * k % 97 for k in range(N))),
    ("user_iter", Countdown(N)),
    ("user_iterable", Wrapper(list(range(N)))),
    ("iter_list", iter(list(range(N)))),
    ("iter_str", iter("pq" * (N // 2))),
    ("iter_range", iter(range(N))),
    ("reversed_list", reversed(list(range(N)))),
    ("reversed_range", reversed(range(N))),
    ("map", map(abs, range(-N // 2, N // 2))),
    ("zip", zip(range(N), range(N))),
    ("enumerate", enumerate("ab" * (N // 2))),
    ("floats", [k / 4 for k in range(N)]),
    ("bools", [k % 3 == 0 for k in range(N)]),
    ("bigints", [2 ** 64 + k for k in range(N)]),
    ("list_again", list(range(N, 2 * N))),
    ("str_again", "Hello, world! " * (N // 14)),
    ("range_again", range(-N, N, 2)),
    ("empty_range", range(0)),
    ("empty_list", []),
    ("empty_str", ""),
    ("one_str", "z"),
    ("one_list", [42]),
]
for label, it in cases:
    print(label, consume(it))


# the kind alternates on every call at the same site, each call hot
def alternate(rounds):
    out = []
    for r in range(rounds):
        if r % 3 == 0:
            src = range(r, r + 2000)
        elif r % 3 == 1:
            src = [r] * 2000
        else:
            src = chr(97 + r % 26) * 2000
        out.append(consume(src))
    return out


for row in alternate(9):
    print("alt", row)


# inner loop site sees a different kind on each outer iteration
def nested_switch():
    srcs = [range(1500), list(range(1500)), "q" * 1500, tuple(range(1500)),
            "é" * 1500, range(1500, 0, -1), [1.5] * 1500]
    res = []
    for src in srcs * 2:
        t = 0
        for x in src:
            if type(x) is str:
                t += ord(x)
            else:
                t += x
        res.append(t)
    return res


print("nested_switch", nested_switch())
