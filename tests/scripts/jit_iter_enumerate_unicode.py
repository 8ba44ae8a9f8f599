# enumerate over strs mixing ASCII with non-ASCII characters (2-, 3- and
# 4-byte UTF-8), in hot loops, with and without a start, two targets; the
# one-character strs produced must equal, hash and compare like any others.


def scan(s, start):
    positions = []
    total = 0
    ascii_count = 0
    for i, ch in enumerate(s, start):
        o = ord(ch)
        total = (total * 7 + o * (i + 1)) % 1000000007
        if o < 128:
            ascii_count += 1
        elif len(positions) < 12:
            positions.append((i, ch, o))
    return total, ascii_count, positions, i, ch


pieces = ["abc", "é", "x", "中", "文", "😀", "z", "\x7f", "\x80", "ÿ", "Ā", "\u07ff", "\u0800",
          "\uffff", "\U00010000", "\U0010ffff", " ", "\x00"]
text = "".join(pieces) * 200
print(len(text))
for start in (0, 1, -5, 1000):
    print("scan", start, scan(text, start))

print("ascii", scan("hello world " * 300, 0)[:2])
print("nonascii", scan("éèêë" * 800, 3)[:2])
print("emoji", scan("😀🙂" * 1500, 0)[:2])


def count_chars(s):
    counts = {}
    firsts = {}
    for i, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        if ch not in firsts:
            firsts[ch] = i
    return sorted(counts.items()), sorted(firsts.items(), key=lambda kv: kv[1])


c, f = count_chars("aé中😀a" * 700 + "b")
print("counts", c)
print("firsts", f)


def compare_chars(s):
    hits = 0
    seq = []
    for i, ch in enumerate(s):
        if ch == "é":
            hits += 1
        if ch == "a":
            hits += 10
        if ch != "中" and ch != "a" and ch != "é":
            if len(seq) < 8:
                seq.append((i, ch))
        if ch == "😀":
            hits += 1000
    return hits, seq


print("compare", compare_chars("aé中" * 1000 + "😀x"))
print("compare2", compare_chars("😀" * 3 + "abc" * 1000))


def collect(s):
    out = []
    for i, ch in enumerate(s, 1):
        if i % 997 == 0:
            out.append(ch + str(i))
    return "".join(out)


print("collect", collect("aé中😀b" * 1000))
print("collect ascii", collect("abcdefg" * 1000))


def rebuild(s):
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
    r = "".join(out)
    return r == s, len(r), r[-6:]


print("rebuild", rebuild("xé中😀" * 900))
print("rebuild2", rebuild("plain ascii " * 300))


def churn(s, rounds):
    # one-character strs produced by iteration are stored, dropped and
    # produced again many times
    total = 0
    for r in range(rounds):
        keep = []
        for ch in s:
            keep.append(ch)
        d = {}
        for i, ch in enumerate(s):
            d[ch] = i
        total += len(keep) + len(d) + len("".join(keep))
        keep = None
        d = None
    return total


print("churn", churn("abcdefghijklmnopqrstuvwxyz" * 100, 20), churn("aé中😀" * 500, 20))
print("chars intact", [chr(k) for k in range(97, 123)] == list("abcdefghijklmnopqrstuvwxyz"),
      "".join(chr(k) for k in range(32, 127)))


def pairs(s):
    out = []
    for a in s:
        for b in s:
            out.append(a + b)
    return len(out), out[:5], out[-3:], len(set(out))


print("pairs", pairs("aé中😀bc" * 10))
