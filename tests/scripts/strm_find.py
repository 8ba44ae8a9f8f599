# find / rfind / index / rindex / count with start/end (negative, None, huge) and empty needles
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "abracadabra"
for sub in ["a", "bra", "abra", "", "z", "abracadabra", "abracadabrax", "ra"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
bounds = [(None, None), (0, None), (1, None), (3, 8), (-4, None), (-100, 100), (5, 2),
          (11, None), (12, None), (None, -1), (None, -20), (2**70, None), (-2**70, 2**70),
          (True, False), (0, 0), (11, 11)]
for start, end in bounds:
    row = []
    for sub in ["a", "bra", "", "ab"]:
        row.append((s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end)))
    print(start, end, row)
print(s.find("a", 4), s.rfind("a", 0, 4), s.count("a", 1), s.count("a", None, 5))

e = ""
print(e.find(""), e.rfind(""), e.count(""), e.find("", 1), e.count("", 0, 0), e.find("a"))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 3), "abc".rfind("", 4),
      "abc".count("", 3), "abc".count("", 4), "abc".count("", 1, 2), "abc".count("", 2, 1))
print("aaaa".count("aa"), "aaaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))

u = "héllo wörld 中文 😀 héllo"
for sub in ["é", "héllo", "中文", "😀", "ö", "l", ""]:
    print(repr(sub), u.find(sub), u.rfind(sub), u.count(sub), u.index(sub), u.rindex(sub))
print(u.find("l", 5), u.rfind("l", 0, 5), u.count("l", -5), u.find("😀", -10, -5), u.find("é", 2))

print(s.index("bra"), s.rindex("bra"), s.index("a", 1), s.rindex("a", 0, -1))
show('index missing', lambda: s.index('z'))
show('rindex missing', lambda: s.rindex('z'))
show('index range', lambda: s.index('bra', 2, 4))
show('rindex range', lambda: s.rindex('a', 1, 3))
show('index empty out', lambda: s.index('', 20))
show('find int', lambda: s.find(1))
show('count int', lambda: s.count(None))
show('rfind list', lambda: s.rfind(['a']))
show('find float start', lambda: s.find('a', 1.5))
show('find str end', lambda: s.find('a', 0, '5'))
show('find none args', lambda: s.find())
show('count 4 args', lambda: s.count('a', 1, 2, 3))
show('find kw', lambda: s.find('a', start=1))
show('index kw', lambda: s.index(sub='a'))
show('find start error first', lambda: s.find(1, 'x'))
