# String literal escapes
print("tab:\there")
print("newline:\nnext")
print('single \'quoted\'')
print("double \"quoted\"")
print("backslash \\ done")
print("hex \x41\x42 oct \101\102 uni \u00e9 \U0001F600")
print(repr("a\tb\nc\\d"))
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print(len("\n"), len("\\n"), len("\x00"))
print(repr("\x00\x01\x7f"))
print(repr("\r\x0b\x0c"))
print("line one \
continued")
s = "abc" "def" 'ghi'
print(s)
t = ("multi "
     "line "
     "concat")
print(t)
print(repr("é中😀"))
print("\u03b1\u03b2")
print(repr("\a\b"))
print("" == '', len(""))
