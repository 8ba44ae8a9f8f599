def words(s):
    return s.split()


def title_case(s):
    return " ".join(w[0].upper() + w[1:].lower() for w in s.split())


def freq(s):
    out = {}
    for ch in s:
        out[ch] = out.get(ch, 0) + 1
    return out


VOWELS = "aeiou"
