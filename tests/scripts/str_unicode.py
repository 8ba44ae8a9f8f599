# Non-ASCII code points
s = "héllo wörld 中文 😀!"
print(s, len(s))
print(s[1], s[12], s[13], s[15], s[-1], s[-2])
print(s[12:14], s[::-1], s[1:5])
print(s.upper(), s.lower())
print([ord(c) for c in "é中😀"])
print(chr(233), chr(20013), chr(128512), chr(65), chr(0x1F600))
print(repr(chr(0)), repr(chr(127)), repr(chr(160)), repr(chr(0x200b)))
print("é" == "\u00e9", "e\u0301" == "é", len("e\u0301"))
print("中" in s, "😀" in s, s.find("😀"), s.index("中"))
print("αβγ".upper(), "ΑΒΓ".lower(), "ñ".upper())
emoji = "😀😃😄"
print(len(emoji), emoji[1], emoji[::-1], emoji * 2)
print(sorted("中a😀é"), max("abcé"), min("中😀"))
print("café".replace("é", "e"))
print("日本語".split("本"), "-".join("日本語"))
print(f"{'中':>4}|{'é':^5}|{'😀':<3}|")
print(repr("tab\tand é"), repr("ü"))
