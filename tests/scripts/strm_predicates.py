# isdigit / isdecimal / isnumeric / isalpha / isalnum / isspace / isupper / islower /
# istitle / isidentifier / isascii on ASCII and Unicode samples
samples = ["", "123", "12.3", "-1", "½", "²", "³₃", "①", "Ⅻ", "三", "٣", "१२३", "𝟙𝟚", "¼¾",
           "abc", "ABC", "Abc", "aBc", "abc123", "ABC123", "éß", "ÉCOLE", "中文", "한국어",
           "abc def", "Hello World", "Hello world", "HELLO WORLD", "Hello, World!", "ǅungla",
           "ǅ", "ᾈ", " ", "\t\n\r\x0b\x0c", "\x1c\x1d\x1e\x1f", "\u3000\u00a0\u2003\u2028",
           "\u200b", "\x85", "_", "_x1", "1x", "x-y", "if", "émoji", "a\u0301", "\u0301a",
           "Ⅻx", "ⅻ", "𝔘𝔫𝔦", "µ", "ª", "ʰ", "०", "x²", "😀", "a😀", "Ⓐ", "हिन्दी",
           "ﬁ", "٠١٢", "\x00", "ABC def", "123ABC", "A1", "a1", "1", "Σ", "ς", "ϑ", "ʼ"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii())
print(all(chr(c).isspace() == (chr(c) in " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f") for c in range(128)))
print([c for c in map(chr, range(0x3000)) if c.isspace()])
print(sum(1 for c in map(chr, range(0x2000)) if c.isdigit()),
      sum(1 for c in map(chr, range(0x2000)) if c.isdecimal()),
      sum(1 for c in map(chr, range(0x3000)) if c.isnumeric()),
      sum(1 for c in map(chr, range(0x800)) if c.isalpha()),
      sum(1 for c in map(chr, range(0x250)) if c.isupper()),
      sum(1 for c in map(chr, range(0x250)) if c.islower()))
print(list(filter(str.isdigit, ["1", "a", "22", ""])), list(map(str.isupper, ["A", "a"])))
for name in ["isdigit", "isalpha", "isspace", "istitle", "isidentifier", "isascii"]:
    try:
        getattr("abc", name)(1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    str.isdigit(12)
except TypeError as e:
    print(type(e).__name__, e)
