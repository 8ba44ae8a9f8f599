# \N{...} escapes: characters by their Unicode names, in any letter case.
s = "\N{EM DASH}\N{BULLET}\N{snowman}"
print(s, len(s), [hex(ord(c)) for c in s])
print("\N{LATIN SMALL LETTER E WITH ACUTE}t\N{LATIN SMALL LETTER E WITH ACUTE}")
print("\N{GREEK SMALL LETTER ALPHA}" < "\N{GREEK SMALL LETTER BETA}")
print(ord("\N{CJK UNIFIED IDEOGRAPH-4E2D}"), ord("\N{HANGUL SYLLABLE HAN}"))
print(f"price: 5\N{EURO SIGN}", "{}\N{DEGREE SIGN}C".format(21))
print(r"\N{BULLET}", len(r"\N{BULLET}"))
print("\N{DIGIT ONE}\N{DIGIT TWO}".isdigit(), int("\N{DIGIT SEVEN}"))
