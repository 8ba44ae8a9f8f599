# str == and != in hot loops: one-character strs (ASCII, and non-ASCII ones
# sharing leading UTF-8 bytes such as é/ê, 中/丰, 😀/😁), multi-character strs
# sharing a first character, empty strs, and equal contents held by
# different objects (built by join, slicing, concatenation, str(), chr()).


def table(words):
    # counts of == and != over all ordered pairs, repeated to make the loop hot
    eq = 0
    ne = 0
    mism = []
    n = len(words)
    for r in range(60):
        for a in words:
            for b in words:
                e = a == b
                d = a != b
                if e:
                    eq += 1
                if d:
                    ne += 1
                if e == d and len(mism) < 5:
                    mism.append((a, b))
    return eq, ne, mism


words = ["a", "b", "A", "", "ab", "ba", "aa", "é", "ê", "è", "e", "中", "丰", "😀", "😁", "\x00",
         "\x7f", "\x80", "ÿ", "Ā", "éa", "ée", "a" * 2, "中文"]
print("table", table(words))


def pairs_report(pairs):
    out = []
    for a, b in pairs:
        e = 0
        d = 0
        for k in range(3000):
            if a == b:
                e += 1
            if a != b:
                d += 1
        out.append((a, b, e, d))
    return out


lookalikes = [("é", "ê"), ("é", "é"), ("ê", "ë"), ("中", "丰"), ("中", "中"), ("😀", "😁"), ("😀", "😀"),
              ("é", "e"), ("e", "é"), ("a", "ab"), ("ab", "a"), ("", "a"), ("a", ""), ("", ""),
              ("\x00", ""), ("\x00", "\x00"), ("\x80", "\x81"), ("ÿ", "ā"), ("Ā", "ā"), ("é", "éé"),
              ("ab", "ac"), ("abc", "abd"), ("xyz", "xyz"), ("中文", "中丈"), ("a😀", "a😁")]
for row in pairs_report(lookalikes):
    print(row)


def built(n):
    # equal content, different objects
    hits = [0] * 8
    base = "héllo wörld 中文 😀"
    for i in range(n):
        k = i % len(base)
        ch = base[k]
        sl = base[k:k + 1]
        j = "".join([ch])
        c = chr(ord(ch))
        if ch == sl:
            hits[0] += 1
        if sl == j:
            hits[1] += 1
        if j == c:
            hits[2] += 1
        if c != ch:
            hits[3] += 1
        w = base[k:k + 3]
        w2 = "".join([base[k], base[k + 1:k + 3]])
        if w == w2:
            hits[4] += 1
        if w != w2:
            hits[5] += 1
        if w == ch and len(w) > 1:
            hits[6] += 1
        if str(k) == str(k + 0):
            hits[7] += 1
    return hits


print("built", built(4000))


def scan_for(s, target):
    count = 0
    for ch in s:
        if ch == target:
            count += 1
    return count


text = "aéêèe中丰😀😁" * 400 + "abc"
for t in ["a", "é", "ê", "è", "e", "中", "丰", "😀", "😁", "b", "", "ab", "ée", "z", "\x00"]:
    print("scan", repr(t), scan_for(text, t), scan_for("plain text here " * 250, t))


def ne_scan(s, target):
    c = 0
    for ch in s:
        if ch != target:
            c += 1
    return c


print("ne_scan", ne_scan(text, "é"), ne_scan(text, "ê"), ne_scan(text, "😀"), ne_scan(text, "x"),
      ne_scan(text, ""), ne_scan(text, "aé"))


def dict_keys_from_iter(s):
    # equal keys built differently must land in the same dict slot
    d = {}
    for ch in s:
        d[ch] = d.get(ch, 0) + 1
    probe = [chr(233), chr(234), "中", "😀", "a", chr(0x1F601)]
    return [(p, d.get(p, 0), p in d) for p in probe], len(d)


print("dict", dict_keys_from_iter(text))


def prev_cur(s):
    same = 0
    prev = ""
    for ch in s:
        if ch == prev:
            same += 1
        prev = ch
    return same


print("prev_cur", prev_cur("aabéé中中😀😀x" * 500), prev_cur("éêéê" * 1000), prev_cur("😀😁" * 1500))
