# startswith / endswith (tuples, ranges) / replace (counts, empty old) / partition / rpartition
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.endswith("world"), s.endswith("hello"))
print(s.startswith(""), s.endswith(""), "".startswith(""), "".endswith(""), "".startswith("a"))
print(s.startswith(("x", "he")), s.endswith(("x", "ld")), s.startswith(()), s.endswith(("a", "b")))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9),
      s.endswith("hello", 0, 5), s.endswith("hell", 0, -6), s.endswith("o", None, 5))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 11), s.endswith("", 12),
      s.startswith("", 5, 3), s.endswith("d", -1), s.startswith("h", -100), s.endswith("d", 0, 2**70))
print(s.startswith(("world", "x"), 6), s.endswith(("hello",), None, 5), "ab".startswith("abc"))
print("héllo".startswith("hé"), "héllo".endswith("llo", 2), "中文字".startswith("文", 1),
      "中文字".endswith("文", 0, 2), "😀x".startswith("x", 1))
print(s.startswith(("he", 1)), s.endswith(("ld", None)))
show('startswith int', lambda: s.startswith(1))
show('endswith list', lambda: s.endswith(['d']))
show('startswith tuple bad', lambda: s.startswith((1, 'he')))
show('endswith tuple bad', lambda: s.endswith(('x', 2)))
show('startswith float', lambda: s.startswith('h', 1.0))
show('startswith none', lambda: s.startswith())
show('endswith 4', lambda: s.endswith('a', 1, 2, 3))
show('startswith kw', lambda: s.startswith(prefix='h'))

print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0),
      "aaa".replace("a", "b", -1), "aaa".replace("a", "b", -7), "aaa".replace("a", "b", 99))
print("aaaa".replace("aa", "x"), "abcabc".replace("bc", ""), "abc".replace("", "-"),
      "abc".replace("", "-", 2), "".replace("", "x"), "".replace("", "x", 0), "".replace("a", "b"))
print("héllo".replace("é", "e"), "中文".replace("", "|"), "😀😀".replace("😀", "ab", 1),
      "a.b.c".replace(".", "..."), "spam".replace("spam", "eggs"), "x".replace("xx", "y"))
print("abc".replace("b", "B", True), "abc".replace("", "", 2))
show('replace int old', lambda: 'abc'.replace(1, 'b'))
show('replace int new', lambda: 'abc'.replace('a', 2))
show('replace float count', lambda: 'abc'.replace('a', 'b', 1.0))
show('replace str count', lambda: 'abc'.replace('a', 'b', '1'))
show('replace big count', lambda: 'abc'.replace('a', 'b', 2 ** 70))
show('replace 1 arg', lambda: 'abc'.replace('a'))
show('replace 4 args', lambda: 'abc'.replace('a', 'b', 1, 2))
show('replace kw', lambda: 'abc'.replace('a', 'b', count=1))

for t in ["key=value", "key=", "=value", "novalue", "a=b=c", "", "=", "=="]:
    print(repr(t), t.partition("="), t.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "日本語".partition("本"),
      "x😀y😀z".rpartition("😀"), "abc".partition("abc"), "abc".rpartition("abcd"))
show('partition empty', lambda: 'abc'.partition(''))
show('rpartition empty', lambda: 'abc'.rpartition(''))
show('partition int', lambda: 'abc'.partition(1))
show('rpartition None', lambda: 'abc'.rpartition(None))
show('partition none', lambda: 'abc'.partition())
show('partition 2', lambda: 'abc'.partition('a', 'b'))
