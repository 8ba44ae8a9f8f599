# Functions that become hot (compiled at entry) with int arguments and are
# then called with floats, strs, lists, tuples, bools, big ints, None and
# user objects; the specialised entry must fall back each time.


def add(a, b):
    return a + b


def mul_sub(a, b):
    return a * b - a


def index_of(seq, i):
    return seq[i]


def length_plus(x, k):
    return len(x) + k


def phase(label, f, args_list):
    out = []
    for args in args_list:
        try:
            out.append(f(*args))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(label, out)


warm = 0
for i in range(2000):
    warm += add(i, 1) + mul_sub(i, 2) + index_of([1, 2, 3], i % 3) + length_plus([i], i)
print("warm", warm)

phase("add", add, [(1, 2), (1.5, 2), (2, 0.25), ("a", "b"), ([1], [2]), ((1,), (2, 3)),
                   (True, True), (2 ** 63 - 1, 1), (-(2 ** 63), -1), (None, 1), ("a", 1)])
phase("mul_sub", mul_sub, [(3, 4), (1.5, 2), ("ab", 3), ([0], 2), (2 ** 40, 2 ** 40),
                           (True, 5), (3, "x")])
phase("index_of", index_of, [([1, 2, 3], 0), ("hello", 1), ((9, 8, 7), -1), ({"k": 5}, "k"),
                             (range(10, 20), 3), ([1], 5), ("abc", True)])
phase("length_plus", length_plus, [("abc", 1), ((1, 2), 0.5), ({1: 2}, -1), (range(7), 0),
                                   (5, 1)])


def poly_loop(n):
    acc_int = 0
    acc_float = 0.0
    acc_str = ""
    acc_list = []
    for i in range(n):
        acc_int = add(acc_int, i)
        acc_float = add(acc_float, 0.5)
        if i % 100 == 0:
            acc_str = add(acc_str, "x")
            acc_list = add(acc_list, [i])
    return acc_int, acc_float, len(acc_str), acc_list[-3:]


print("poly_loop", poly_loop(2500))


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __repr__(self):
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"


print("add Vec", add(Vec(1, 2), Vec(3, 4)), "mul_sub Vec", mul_sub(Vec(1, 1), 3))


def norm(p):
    return p[0] * p[0] + p[1] * p[1]


t = 0
for i in range(1500):
    t += norm((i, i + 1))
print("norm warm", t)
print("norm others", norm([3, 4]), norm((1.5, 2)), norm("ab" if False else (2 ** 40, 1)), norm({0: 2, 1: 3}))


def count_matches(xs, target):
    c = 0
    for x in xs:
        if x == target:
            c += 1
    return c


print("count_matches", count_matches(list(range(2000)) * 2, 7),
      count_matches([1.0, 1, True, "1"], 1), count_matches("banana" * 300, "a"),
      count_matches([(1, 2), [1, 2], (1, 2)], (1, 2)), count_matches([None] * 5, None))


def kinds(x):
    if x is None:
        return "none"
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    return type(x).__name__


hist = {}
for i in range(2500):
    k = kinds(i if i < 1600 else [None, True, 1.5, "s", [1], (2,), {3: 4}, i][i % 8])
    hist[k] = hist.get(k, 0) + 1
print("kinds", hist)


def ret_types(i):
    if i < 1800:
        return i
    if i < 1900:
        return i * 0.5
    if i < 2000:
        return str(i)
    return None


col = {}
for i in range(2100):
    r = ret_types(i)
    tn = type(r).__name__
    col[tn] = col.get(tn, 0) + 1
print("ret_types", col)


def many_args(a, b, c, d, e, f):
    return a - b + c - d + e - f


s = 0
for i in range(2000):
    s += many_args(i, 1, 2, 3, 4, 5)
print("many_args", s, many_args(1.5, 1, 2, 3, 4, 5), many_args(2 ** 64, 1, 2, 3, 4, 5))
try:
    many_args(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
