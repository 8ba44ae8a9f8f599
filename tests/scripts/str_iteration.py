# iterating strings
s = "Hello, World!"
for ch in s[:5]:
    print(ch, ord(ch))
print([c for c in s if c.isalpha()])
print(sum(1 for c in s if c == c.upper() and c.isalpha()))
counts = {}
for c in s.lower():
    if c.isalpha():
        counts[c] = counts.get(c, 0) + 1
print(counts)
print(list(enumerate("abc")), list(zip("abc", "xyz")))
print(list(reversed("abc")), sorted("hello"), "".join(sorted("hello", reverse=True)))
digits = "8675309"
print(sum(int(d) for d in digits), max(digits), min(digits), digits.count("0"))
acc = ""
for i, c in enumerate("python"):
    acc += c * (i + 1)
print(acc)
words = []
cur = ""
for c in "split these,words;by  punctuation":
    if c.isalpha():
        cur += c
    elif cur:
        words.append(cur)
        cur = ""
if cur:
    words.append(cur)
print(words)
print([s[i:i + 3] for i in range(0, len(s), 3)])
print(s.upper().count("L"), "".join(c for c in s if c not in "aeiou"))
for c in "é中😀":
    print(c, len(c), ord(c))
