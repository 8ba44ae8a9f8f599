# Tier 2 reads `s[i]` of an ASCII str in place (the byte is the character);
# non-ASCII strs, negative and out-of-range indices, and non-int indices take
# the generic path with the interpreter's results and errors.


def count_matches(a, b):
    n = 0
    for i in range(len(a)):
        if a[i] == b[i % len(b)]:
            n += 1
        if a[-1 - i] == b[-1]:
            n += 1
    return n


print(count_matches("abcab" * 300, "bca"))
print(count_matches("h\u00e9llo w\u00f6rld " * 100, "l\u00f6"))
print(count_matches("xyz" * 500, "\u00e9z"))


def chars(s, idxs):
    out = []
    for i in idxs:
        try:
            out.append(s[i])
        except IndexError as e:
            out.append("IndexError: " + str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


print(chars("hello", list(range(-7, 7)) * 200)[-14:])
print(chars("h\u00e9llo", [0, 1, -1, 4, 5, -6]))
print(chars("hello", [1, True, 2 ** 70, -(2 ** 70)])[:4])


def total(s, n):
    t = 0
    for k in range(n):
        t += ord(s[k % len(s)])
        if k == n // 2:
            s = s.upper() + "\u00c9"
    return t


print(total("abcdef", 3000))


def index_sweep(words):
    acc = []
    for w in words:
        for i in range(len(w)):
            acc.append(w[i] * 2 if i % 2 else w[i])
    return "".join(acc)


print(len(index_sweep(["alpha", "\u03b2eta", "gamma", ""] * 200)))
print(index_sweep(["ab", "\u00e9\u00e8", "cd"]))
