# ljust / rjust / center / zfill / expandtabs
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["", "a", "ab", "abc", "abcd", "é", "中文", "😀"]:
    for w in [-1, 0, 1, 2, 3, 4, 5, 6, 7]:
        print(repr(s), w, repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w)),
              repr(s.ljust(w, "*")), repr(s.rjust(w, "é")), repr(s.center(w, "😀")))
print("x".center(10, "-"), "xy".center(9, "-"), "table".center(20, "="), "|" + "mid".center(8) + "|")
print("a".ljust(True), "a".rjust(3, "0"), "42".rjust(6, "0"), "-42".rjust(6, "0"))
show('ljust float', lambda: 'a'.ljust(3.0))
show('rjust str', lambda: 'a'.rjust('3'))
show('center fill2', lambda: 'a'.center(5, 'ab'))
show('center fill0', lambda: 'a'.center(5, ''))
show('center fill int', lambda: 'a'.center(5, 1))
show('ljust none', lambda: 'a'.ljust())
show('ljust 3', lambda: 'a'.ljust(1, ' ', 2))
show('rjust kw', lambda: 'a'.rjust(5, fillchar='x'))
show('ljust big', lambda: 'a'.ljust(2 ** 70))
show('center huge', lambda: 'a'.center(2 ** 62))

for s in ["", "42", "-42", "+42", "--4", "-", "+", "abc", "-abc", "3.14", "-3.14", "中", "+é"]:
    print(repr(s), [s.zfill(w) for w in (-2, 0, 1, 2, 3, 4, 6)])
show('zfill float', lambda: '1'.zfill(2.5))
show('zfill none', lambda: '1'.zfill())
show('zfill 2', lambda: '1'.zfill(1, 2))
show('zfill str', lambda: '1'.zfill('5'))

tabbed = ["a\tb", "\t", "abcdefgh\tx", "abcdefghi\tx", "a\tb\tc", "12\t345\t6789\t0",
          "line1\tx\nline2\t\ty", "ab\r\tc", "é\tü\t中", "no tabs", ""]
for t in tabbed:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)),
          repr(t.expandtabs(0)), repr(t.expandtabs(-3)), repr(t.expandtabs(tabsize=3)))
show('expandtabs float', lambda: '\t'.expandtabs(2.0))
show('expandtabs str', lambda: '\t'.expandtabs('2'))
show('expandtabs big', lambda: '\t'.expandtabs(2 ** 40))
show('expandtabs kw', lambda: '\t'.expandtabs(size=2))
show('expandtabs 2', lambda: '\t'.expandtabs(2, 3))
show('expandtabs bool', lambda: 'a\tb'.expandtabs(True))
