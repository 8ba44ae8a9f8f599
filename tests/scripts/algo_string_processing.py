# String processing: word frequency, palindromes, anagrams, RLE
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
print(len(words), words[:6])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(sorted(w for w in freq if freq[w] == 1))
def is_pal(s):
    t = [c.lower() for c in s if c.isalpha()]
    return t == t[::-1]
for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "Was it a car or a cat I saw"]:
    print(repr(s), is_pal(s))
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
print([g for g in groups.values() if len(g) > 1])
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle(s)
    print(repr(s), e, unrle(e) == s)
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels", vowels, "lines", len(text.splitlines()), "chars", len(text))
print(" ".join(w[::-1] for w in "reverse each word here".split()))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternating caps")))
