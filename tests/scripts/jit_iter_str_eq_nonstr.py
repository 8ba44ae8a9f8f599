# A hot str == / != site specialised for two strs later meets non-strs on
# either side: ints, floats, None, bools, lists, tuples, and user objects
# whose __eq__ returns a non-bool, NotImplemented or True (reflected).


class AlwaysEq:
    def __eq__(self, other):
        return True


class Weird:
    def __eq__(self, other):
        return "W" + str(other)


class Never:
    def __eq__(self, other):
        return NotImplemented


class Named:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        if type(other) is str:
            return self.name == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r


def cmp_many(a, b, n):
    e = 0
    d = 0
    last = None
    for i in range(n):
        r1 = a == b
        r2 = a != b
        if r1:
            e += 1
        if r2:
            d += 1
        last = (r1, r2)
    return e, d, last


others = ["x", "xy", "", "é", 1, 0, 1.5, None, True, False, ["x"], ("x",), "x" * 1,
          AlwaysEq(), Weird(), Never(), Named("x"), Named("y"), 120, "X"]
for o in others:
    t = type(o).__name__
    print(t, cmp_many("x", o, 2500), cmp_many(o, "x", 2500))


def mixed_list(xs, target):
    # one site sees str == str for a long time, then other types appear
    hits = 0
    misses = 0
    for x in xs:
        if x == target:
            hits += 1
        elif x != target:
            misses += 1
    return hits, misses


items = ["a", "b", "é", "a", "ab"] * 600 + [1, None, 2.5, "a", ("a",), AlwaysEq(), Named("a"), Never(), "a"]
print("mixed a", mixed_list(items, "a"))
print("mixed é", mixed_list(items, "é"))
print("mixed empty", mixed_list(items, ""))
print("mixed int", mixed_list(items, 1))
print("mixed named", mixed_list(items, Named("a")))


def weird_results(n):
    out = []
    w = Weird()
    for i in range(n):
        s = "abcdefg"[i % 7]
        r = s == w
        q = s != w
        if i % 1000 == 0:
            out.append((r, q))
    return out


print("weird", weird_results(4000))


def str_in_sequences(n):
    # `in` uses == element-wise; mixes one-char, multi-char and non-strs
    seq = [1, None, "b", "中", "ab", AlwaysEq()]
    seq2 = [1, None, "b", "中", "ab"]
    c1 = c2 = c3 = 0
    for i in range(n):
        ch = "abc中😀"[i % 5]
        if ch in seq:
            c1 += 1
        if ch in seq2:
            c2 += 1
        if ch in ("a", "é", "中"):
            c3 += 1
    return c1, c2, c3


print("in", str_in_sequences(5000))


def eq_result_types(n):
    kinds = {}
    for i in range(n):
        a = "q" if i % 2 else "qq"
        b = ["q", "qq", 5, None, Weird()][i % 5]
        r = a == b
        k = type(r).__name__
        kinds[k] = kinds.get(k, 0) + 1
    return sorted(kinds.items())


print("result types", eq_result_types(5000))
