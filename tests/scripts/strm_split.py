# str.split / rsplit / splitlines / join: separators, maxsplit, whitespace rules, errors
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

samples = ["", " ", "a", "  a  b   c  ", "a,b,,c,", ",a,", "one two\tthree\nfour",
           "\x1c\x1dx\x1ey\x1f", "a\u3000b\u00a0c\u2003d", "ü ö  ä"]
for s in samples:
    print(repr(s), s.split(), s.rsplit(), s.split(","), s.rsplit(","))
    for n in (-5, -1, 0, 1, 2, 10):
        print("  ", n, s.split(None, n), s.rsplit(None, n), s.split(",", n), s.rsplit(",", n))

print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), ":::".split("::"), ":::".rsplit("::"))
print("aaa".split("a"), "aaaa".split("aa"), "aaaaa".rsplit("aa"))
print("x y z".split(maxsplit=1), "x y z".rsplit(maxsplit=1), "x-y-z".split(sep="-", maxsplit=1))
print("x-y-z".rsplit("-", maxsplit=1), "x y  ".split(None, 1), "  x y".rsplit(None, 1))
print("a b".split(sep=None), "a-b".split("-", True), "a-b-c".split("-", False))
print("日本語 テキスト".split(), "日-本-語".split("-"), "日本語".split("本"))
show('empty sep', lambda: 'abc'.split(''))
show('empty rsep', lambda: 'abc'.rsplit(''))
show('int sep', lambda: 'abc'.split(1))
show('int rsep', lambda: 'abc'.rsplit(5))
show('float maxsplit', lambda: 'abc'.split('b', 1.5))
show('str maxsplit', lambda: 'abc'.split(maxsplit='1'))
show('big maxsplit', lambda: 'abc'.split('b', 2 ** 70))
show('bad kw', lambda: 'abc'.split(x=1))
show('too many', lambda: 'abc'.split('a', 1, 2))
show('too many kw', lambda: 'abc'.rsplit(sep='a', maxsplit=1, x=2))
show('dup', lambda: 'abc'.split('b', sep='b'))
show('dup2', lambda: 'abc'.rsplit('b', 1, maxsplit=1))

# splitlines
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dl8\x1el9\x85l10\u2028l11\u2029l12"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True))
for s in ["", "\n", "\n\n", "a\n", "a\r\n\r\nb", "\r\r\n", "no newline", "trail\r"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(2), s.splitlines(0))
show('splitlines float', lambda: 'a\nb'.splitlines(1.5))
show('splitlines str', lambda: 'a\nb'.splitlines('x'))
show('splitlines None', lambda: 'a\nb'.splitlines(None))
show('splitlines big', lambda: 'a\nb'.splitlines(2 ** 40))
show('splitlines kw', lambda: 'a\nb'.splitlines(keep=True))
show('splitlines 2', lambda: 'a\nb'.splitlines(True, False))

# join
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "/".join("abc"))
print("<>".join({"k1": 1, "k2": 2}), "+".join(str(i) for i in range(5)), "é".join(["ü", "ö"]))
print(" ".join(map(str.upper, ["a", "b"])), "|".join(iter(["p", "q"])), "".join(["", "", ""]))
show('join int', lambda: '-'.join([1, 2]))
show('join mixed', lambda: '-'.join(['a', None]))
show('join noniter', lambda: '-'.join(5))
show('join none', lambda: '-'.join(None))
show('join noargs', lambda: '-'.join())
show('join 2 args', lambda: '-'.join(['a'], ['b']))
