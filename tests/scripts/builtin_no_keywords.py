# Built-in functions and methods that take no keyword arguments reject them with
# CPython's message (naming the function as CPython qualifies it), before any
# check of the positional count; the ones that accept keywords still do.
import heapq, math, random


def t(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, type(e).__name__, e)


class P:
    @property
    def x(self):
        return 1


class Plain:
    pass


print("-- built-in functions")
t("len", lambda: len(obj=[]))
t("len+pos", lambda: len([1, 2], x=1))
t("abs", lambda: abs(x=-1))
t("repr", lambda: repr(obj=1))
t("isinstance", lambda: isinstance(1, int, strict=True))
t("next", lambda: next(iter([1]), default=2))
t("divmod", lambda: divmod(7, 2, x=0))
t("getattr", lambda: getattr(1, "real", default=0))
t("ord", lambda: ord(c="a"))
t("hex", lambda: hex(number=255))
t("any", lambda: any(iterable=[]))
t("format", lambda: format(1, format_spec="d"))
t("reversed", lambda: reversed([1], x=1))
t("slice", lambda: slice(1, stop=2))
t("type", lambda: type(1, x=1))

print("-- methods of built-in types")
t("list.append", lambda: [].append(x=1))
t("list.append+pos", lambda: [].append(1, x=1))
t("list.pop", lambda: [1, 2].pop(index=0))
t("list.insert", lambda: [].insert(0, x=1))
t("list.index", lambda: [1].index(1, start=0))
t("list.copy", lambda: [].copy(x=1))
t("tuple.count", lambda: (1, 1).count(value=1))
t("range.index", lambda: range(3).index(value=1))
t("dict.get", lambda: {}.get(key=1))
t("dict.get+pos", lambda: {}.get(1, default=2))
t("dict.pop", lambda: {1: 2}.pop(1, default=0))
t("dict.setdefault", lambda: {}.setdefault(1, default=2))
t("dict.items", lambda: {}.items(x=1))
t("dict.fromkeys", lambda: dict.fromkeys("ab", value=0))
t("set.add", lambda: set().add(elem=1))
t("set.union", lambda: {1}.union([2], x=1))
t("set.issubset", lambda: {1}.issubset(other=[1]))
t("int.bit_length", lambda: (7).bit_length(x=1))
t("float.is_integer", lambda: (2.0).is_integer(x=1))
t("unbound list.append", lambda: list.append(x=1))
t("list.__len__", lambda: [1].__len__(x=1))
t("dict.__getitem__", lambda: {1: 2}.__getitem__(1, x=1))
t("object.__setattr__", lambda: Plain().__setattr__("a", 1, x=1))
t("property.getter", lambda: P.x.getter(fget=None))

print("-- module functions")
t("heapq.heappush", lambda: heapq.heappush(heap=[], item=1))
t("heapq.heappush+pos", lambda: heapq.heappush([], item=1))
t("heapq.heappop", lambda: heapq.heappop(heap=[1]))
t("heapq.heapify", lambda: heapq.heapify(x=[]))
t("heapq.heapreplace", lambda: heapq.heapreplace([1], item=2))
t("math.sqrt", lambda: math.sqrt(x=4))
t("math.floor", lambda: math.floor(x=1.5))
t("math.log", lambda: math.log(8, base=2))
t("math.comb", lambda: math.comb(5, k=2))
t("math.perm", lambda: math.perm(5, k=2))
t("math.factorial", lambda: math.factorial(n=5))
t("random.random", lambda: random.random(x=1))
t("random.getrandbits", lambda: random.getrandbits(k=8))

print("-- keywords still accepted where CPython takes them")
t("sorted", lambda: sorted([3, 1, 2], key=lambda v: -v, reverse=True))
lst = [3, -4, 1]
lst.sort(key=abs, reverse=True)
t("list.sort", lambda: lst)
t("min", lambda: min([], default="empty"))
t("max", lambda: max([1, -4, 3], key=abs))
t("str.split", lambda: "a b c".split(sep=" ", maxsplit=1))
t("int", lambda: int("ff", base=16))
t("dict", lambda: dict({1: 2}, a=3))
d = {}
d.update([(1, 2)], b=4)
t("dict.update", lambda: d)
t("enumerate", lambda: list(enumerate("ab", start=1)))
t("sum", lambda: sum([1, 2], start=10))
t("round", lambda: round(2.567, ndigits=2))
t("math.prod", lambda: math.prod([2, 3], start=2))
t("math.isclose", lambda: math.isclose(1.0, 1.0001, rel_tol=1e-3))
t("heapq.nsmallest", lambda: heapq.nsmallest(2, [5, 1, 4], key=lambda v: -v))
random.seed(5)
t("random.choices", lambda: len(random.choices([1, 2, 3], k=4)))
print("done")
