# Levenshtein DP with nested enumerate loops (prev/cur lists, append, min of
# three, ca != cb) over strs mixing ASCII and non-ASCII characters whose
# UTF-8 encodings share leading bytes, plus list and range inputs at the
# same sites, and start values near 2**63 - 1.


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def lev_eq(a, b):
    # same DP using == and an if instead of !=
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = prev[j] + 1
            if cur[j - 1] + 1 < best:
                best = cur[j - 1] + 1
            if prev[j - 1] + cost < best:
                best = prev[j - 1] + cost
            cur.append(best)
        prev = cur
    return prev[-1]


pairs = [
    ("kitten", "sitting"), ("", "abc"), ("abc", ""), ("", ""), ("é", "ê"), ("é", "e"),
    ("café", "cafe"), ("café", "cafê"), ("中文", "中丈"), ("中文字", "文字中"), ("😀😁", "😁😀"),
    ("naïve résumé", "naive resume"), ("ÿĀā", "ÿāĀ"), ("\x7f\x80", "\x80\x7f"),
    ("straße", "strasse"), ("ab" * 20, "ba" * 20), ("aé中😀" * 8, "é中😀a" * 8),
    ("ééééé", "êêêêê"), ("😀" * 10, "😁" * 10), ("中" * 12, "丰" * 12),
]
for a, b in pairs:
    print(repr(a), repr(b), levenshtein(a, b), lev_eq(a, b))


def gen_word(seed, length, alphabet):
    out = []
    x = seed
    for k in range(length):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(alphabet[x % len(alphabet)])
    return "".join(out)


alphabets = ["abc", "aé", "éêèë", "中丰文", "😀😁", "a中é😀", "ab\x80"]
for alpha in alphabets:
    total = 0
    total2 = 0
    for s in range(12):
        a = gen_word(s, 30, alpha)
        b = gen_word(s + 100, 28, alpha)
        total += levenshtein(a, b)
        total2 += lev_eq(a, b)
    print("batch", repr(alpha), total, total2)

# lists and ranges at the same enumerate sites
print("lists", levenshtein([1, 2, 3, 4] * 10, [2, 3, 4, 1] * 10), lev_eq(list("abcé" * 10), list("bcéa" * 10)))
print("ranges", levenshtein(range(40), range(5, 45)), lev_eq(range(0, 80, 2), range(0, 40)))
print("mixed", levenshtein("abc" * 10, ["a", "b", "c"] * 10), lev_eq(tuple("xyz" * 10), "xyz" * 10))
print("mixed types", levenshtein("123" * 10, [1, 2, 3] * 10), levenshtein([1.0, 2.0] * 10, [1, 2] * 10))


def lev_bigstart(a, b, base):
    # indices near 2**63 - 1, translated back with - base
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, base + 1):
        cur = [i - base]
        for j, cb in enumerate(b, base + 1):
            k = j - base
            cur.append(min(cur[k - 1] + 1, prev[k] + 1, prev[k - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


M = 2 ** 63 - 1
for base in (0, M - 20, M - 5, M, 2 ** 64):
    print("bigstart", base - M, lev_bigstart("kitten中é", "sitting中ê", base),
          lev_bigstart("é😀" * 15, "😀é" * 15, base))


def deep(a, b, c, d):
    # four nested loops, three of them enumerate, mixing str/list/range
    t = 0
    for i, x in enumerate(a, M - 3):
        for j, y in enumerate(b):
            for z in c:
                for k, w in enumerate(d, -2):
                    if x == y or z == w:
                        t += (i - M) + j + k
                    elif x != w:
                        t -= 1
    return t


print("deep", deep("aé中", "é中a", "ab中", "中b"), deep("abcd" * 3, list("bcda" * 3), range(8), "0123"),
      deep(range(12), [1, 2, 3, 4] * 3, "abcdefgh", [5, 6, 7]), deep(list("xyz") * 4, "zyx" * 4, ["x", "é"] * 4, "é😀é"))
