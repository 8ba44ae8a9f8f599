# One `for i, x in enumerate(xs, start)` site compiled for range, list or str
# then fed tuples, dicts, sets, generator expressions, user iterables,
# nested enumerates, iter() objects and zip; also enumerate with one target,
# start= keyword, negative/bool starts, and nested unpacking targets.


class Squares:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([k * k for k in range(self.n)])


def enum_site(xs, start):
    acc = 0
    cnt = 0
    last = None
    for i, x in enumerate(xs, start):
        cnt += 1
        if type(x) is str:
            acc = (acc * 31 + i * ord(x[0])) % 1000000007
        elif type(x) is tuple:
            acc = (acc * 31 + i * len(x)) % 1000000007
        else:
            acc = (acc * 31 + i * int(x)) % 1000000007
        last = (i, x)
    return cnt, acc, last


N = 3000
kinds = [
    ("range", range(N)), ("list", list(range(N))), ("str", "xyzé" * (N // 4)),
    ("tuple", tuple(range(N))), ("dict", {k: -k for k in range(N)}), ("set", set(range(N))),
    ("genexpr", (k % 11 for k in range(N))), ("user", Squares(N)), ("iter_list", iter(list(range(N)))),
    ("iter_str", iter("pq" * (N // 2))), ("enum_of_enum", enumerate("ab" * (N // 2))),
    ("zip", zip("abc" * N, range(N))), ("reversed", reversed("uvw" * (N // 3))),
    ("dict_items", {k: 1 for k in range(N)}.items()), ("range_neg", range(0, -N, -1)),
    ("floats", [k / 2 for k in range(N)]), ("str_ascii", "abcdefghij" * (N // 10)),
    ("list_again", list(range(N, 0, -1))), ("range_again", range(N)), ("empty", []), ("empty_str", ""),
]
for start in (0, 7, -3):
    for label, xs in kinds:
        if start == 0 or label in ("range", "list", "str", "tuple", "genexpr", "range_again"):
            # rebuild one-shot iterables for repeated use
            if label == "genexpr":
                xs = (k % 11 for k in range(N))
            elif label == "iter_list":
                xs = iter(list(range(N)))
            elif label == "iter_str":
                xs = iter("pq" * (N // 2))
            print(label, start, enum_site(xs, start))


def one_target(xs):
    # a single target receives the (index, item) tuple
    t = 0
    last = None
    for pair in enumerate(xs):
        t += pair[0]
        last = pair
    return t, last


print("one range", one_target(range(N)))
print("one list", one_target(list("ab") * (N // 2)))
print("one str", one_target("中é" * (N // 2)))


def keyword_start(xs):
    s = 0
    for i, x in enumerate(xs, start=100):
        s += i
    return s, i


print("kw", keyword_start(range(N)), keyword_start("q" * N), keyword_start([None] * N))


def bool_start(xs, st):
    s = 0
    i = None
    for i, x in enumerate(xs, st):
        s += i
    return s, i, type(i).__name__


print("bool start", bool_start(range(N), True), bool_start("ab" * N, False), bool_start([0] * 5, True))


def nested_targets(xs):
    s = 0
    for i, (a, b) in enumerate(xs):
        s += i * a + b
    return s


print("nested targets", nested_targets([(k, k + 1) for k in range(N)]), nested_targets(["ab", "cd"] * 0 + [(1, 2)] * N))
try:
    print(nested_targets(["12"] * N))
except TypeError as e:
    print("TypeError", e)


def star_target(xs):
    t = 0
    for i, (a, *rest) in enumerate(xs):
        t += i + len(rest)
    return t


print("star", star_target(["abc", "de", "f"] * 1000), star_target([[1, 2, 3]] * 3000))


def enum_of_enum(s):
    t = 0
    for i, (j, ch) in enumerate(enumerate(s, 5), -5):
        t += i * j + ord(ch)
    return t


print("enum_of_enum", enum_of_enum("aé中😀" * 800), enum_of_enum(list("abcd") * 800))
