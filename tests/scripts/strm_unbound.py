# Methods looked up on the str type: as key functions, via map, called unbound, and
# CPython's errors for missing or wrong receivers and bad argument counts
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words, key=str.lower), sorted(words, key=str.upper, reverse=True))
print(min(words, key=str.casefold), max(words, key=len), sorted(words, key=str.swapcase))
print(list(map(str.strip, ["  a ", "b  "])), list(map(str.split, ["a b", "c"])))
print(str.join(",", ["x", "y"]), str.split("a-b", "-"), str.replace("aaa", "a", "b", 2))
print(str.startswith("abc", "a"), str.find("abc", "c"), str.count("aaa", "a"), str.center("x", 5, "."))
print(str.format("{}!", "hi"), str.zfill("7", 3), str.partition("a=b", "="), str.isdigit("12"))
up = str.upper
print(up("bound?"), up.__name__, "abc".upper.__name__, str.lower.__name__)
m = "hello".split
print(m(), m("l"), m(sep="e"))
f = "a,b,c".split
print(f(","), f(",", 1))
print([s.title() for s in "the quick brown".split()], "-".join(map(str.capitalize, "x y".split())))


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ["upper", "split", "strip", "find", "replace", "join", "zfill", "center",
             "startswith", "partition", "format", "expandtabs", "splitlines", "count"]:
    show('unbound ' + name, lambda: getattr(str, name)())
    show('int receiver ' + name, lambda: getattr(str, name)(5))
    show('list receiver ' + name, lambda: getattr(str, name)(['a'], 'x'))
show('upper args', lambda: 'a'.upper(1, 2))
show('split too many', lambda: 'a'.split(1, 2, 3))
show('rsplit too many', lambda: 'a'.rsplit(1, 2, 3, 4))
show('splitlines too many', lambda: 'a'.splitlines(1, 2))
show('expandtabs too many', lambda: 'a'.expandtabs(1, x=2))
show('strip too many', lambda: 'a'.strip('a', 'b', 'c'))
show('ljust no args', lambda: 'a'.ljust())
show('center too many', lambda: 'a'.center(1, 'x', 3))
show('find no args', lambda: 'a'.find())
show('count too many', lambda: 'a'.count('a', 1, 2, 3))
show('startswith too many', lambda: 'a'.startswith('a', 1, 2, 3))
show('endswith kw', lambda: 'a'.endswith('a', start=0))
show('replace too few', lambda: 'a'.replace())
show('partition kw', lambda: 'a'.partition(sep='a'))
show('zfill kw', lambda: 'a'.zfill(width=3))
show('join kw', lambda: ','.join(iterable=[]))
show('casefold arg', lambda: 'a'.casefold(None))
show('isalnum kw', lambda: 'a'.isalnum(x=1))
show('no such method', lambda: getattr('a', 'nosuch'))
