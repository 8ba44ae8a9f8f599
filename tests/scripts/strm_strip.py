# strip / lstrip / rstrip / removeprefix / removesuffix
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["", "   ", "  hi  ", "\t\n hi \r\x0b\x0c", "xxhixx", "\x1c\x1d hi \x1e\x1f",
          "\u3000\u00a0wide\u2003\u200b", "\x85nel\x85", "..,;hi;,..", "ééhiéé"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()),
          repr(s.strip(None)), repr(s.strip("x")), repr(s.lstrip(".,;")),
          repr(s.rstrip(".,;")), repr(s.strip("é")), repr(s.strip("")))
print("abcba".strip("ab"), "abcba".lstrip("ba"), "abcba".rstrip("ab"), "aaaa".strip("a") == "")
print("www.example.com".strip("cmowz."), "  spaces\n".rstrip("\n"), "#!#title#".strip("#!"))
print([w.strip(".,!?") for w in "Hello, world! How are you?".split()])
print(list(map(str.strip, [" a ", "\tb\n"])), list(map(str.rstrip, ["x  ", "y\n"])))
show('strip int', lambda: 'abc'.strip(1))
show('lstrip list', lambda: 'abc'.lstrip(['a']))
show('rstrip bytes-like', lambda: 'abc'.rstrip(3.5))
show('strip 2', lambda: 'abc'.strip('a', 'b'))
show('strip kw', lambda: 'abc'.strip(chars='a'))
show('lstrip kw', lambda: 'abc'.lstrip(chars='a'))

for s in ["prefix_body_suffix", "", "abc", "aaa"]:
    print(repr(s.removeprefix("prefix_")), repr(s.removesuffix("_suffix")),
          repr(s.removeprefix("")), repr(s.removesuffix("")), repr(s.removeprefix(s)),
          repr(s.removesuffix(s)), repr(s.removeprefix("a")), repr(s.removesuffix("a")))
print("ünïcode".removeprefix("ün"), "ünïcode".removesuffix("code"), "日本語".removeprefix("日本"))
show('removeprefix int', lambda: 'abc'.removeprefix(1))
show('removesuffix None', lambda: 'abc'.removesuffix(None))
show('removeprefix tuple', lambda: 'abc'.removeprefix(('a',)))
show('removeprefix none given', lambda: 'abc'.removeprefix())
show('removesuffix 2', lambda: 'abc'.removesuffix('a', 'b'))
