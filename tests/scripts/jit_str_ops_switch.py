# String work in hot loops: concatenation, indexing, slicing, ord/chr,
# join/split and methods, with ASCII strings that turn into non-ASCII ones
# after the loop is hot, and str-int mixups raising TypeError.


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


text = "the quick brown fox jumps over the lazy dog " * 50
enc = caesar(text, 3)
print("caesar", enc[:44], caesar(enc, 23) == text)
print("caesar unicode", caesar("héllo wörld ñ €uro", 1))


def build(n):
    s = ""
    for i in range(n):
        if i == 1800:
            s += "é"
        elif i == 2000:
            s += "😀"
        else:
            s += chr(97 + i % 26)
    return len(s), s[1798:1803], s[-3:], s[1999:2002], s.find("😀"), s.count("é")


print("build", build(2400))


def index_chars(s):
    h = 0
    for i in range(len(s)):
        h = (h * 131 + ord(s[i])) % 1000000007
    return h


print("index_chars ascii", index_chars("abcdefghij" * 200))
print("index_chars mixed", index_chars("abcdefghij" * 180 + "αβγδεζηθικ" * 20))


def palindromes(n):
    c = 0
    for i in range(n):
        s = str(i)
        if s == s[::-1]:
            c += 1
    return c


print("palindromes", palindromes(3000))


def word_stats(n):
    words = ("alpha beta gamma delta epsilon zeta eta theta " * (n // 8)).split()
    lengths = {}
    caps = 0
    for w in words:
        lengths[len(w)] = lengths.get(len(w), 0) + 1
        if w.upper().startswith("E"):
            caps += 1
    return sorted(lengths.items()), caps, len(words)


print("word_stats", word_stats(2400))


def mixed_concat(n):
    s = "n"
    errs = 0
    for i in range(n):
        part = i if i in (1700, 1900) else str(i % 10)
        try:
            s = s + part
        except TypeError as e:
            errs += 1
            msg = str(e)
    return len(s), errs, msg


print("mixed_concat", mixed_concat(2200))


def repeat_mul(n):
    t = 0
    k = 3
    for i in range(n):
        if i == 1800:
            k = True
        elif i == 1900:
            k = 0
        elif i == 1950:
            k = -2
        t += len("ab" * k) + len(k * [1])
    return t


print("repeat_mul", repeat_mul(2100))


def strip_split(n):
    c = 0
    for i in range(n):
        line = "  key" + str(i % 17) + " = value" + str(i) + "  "
        k, v = line.strip().split(" = ")
        c += len(k) + len(v.replace("value", ""))
    return c


print("strip_split", strip_split(2500))


def fstring_types(n):
    out = []
    v = 1
    for i in range(n):
        if i == 1600:
            v = 2.5
        elif i == 1700:
            v = "s"
        elif i == 1800:
            v = [1]
        s = f"{v}|{v!r}|{i:>5}|{i * 0.5:.2f}"
        if i in (1599, 1600, 1700, 1800):
            out.append(s)
    return out


print("fstring_types", fstring_types(1900))


def str_compare_hot(n):
    a = "apple"
    c = 0
    for i in range(n):
        b = "apple" if i % 2 else "apples"
        if i >= 2000:
            b = "äpple"
        if a < b:
            c += 1
        if a == b:
            c += 10
    return c


print("str_compare_hot", str_compare_hot(2500))
