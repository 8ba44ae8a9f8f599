# comprehensions for string processing
text = "The quick brown fox jumps over the lazy dog"
words = text.split()
print([w.lower() for w in words if len(w) > 3])
print({w.lower(): len(w) for w in words})
print([w[::-1] for w in words])
print(" ".join(w[0].upper() + w[1:] for w in words))
print([c for c in text.lower() if c in "aeiou"])
print("".join(c for c in text if c.isupper() or c == " "))
print([(w, i) for i, w in enumerate(words) if "o" in w])
letters = sorted(set(c for c in text.lower() if c.isalpha()))
print(len(letters), "".join(letters))
freq = {c: text.lower().count(c) for c in "aeiou"}
print(freq)
csv = "name,age\nann,30\nbob,25\ncid,35"
rows = [line.split(",") for line in csv.splitlines()]
header, body = rows[0], rows[1:]
print([dict(zip(header, r)) for r in body])
print(sum(int(r[1]) for r in body), [r[0] for r in body if int(r[1]) >= 30])
print(["".join(sorted(w)) for w in ["listen", "silent", "enlist"]])
print([w for w in ["a1", "22", "b", "3c", "44"] if w.isdigit()])
print([ord(c) - ord("a") for c in "hello"], "".join(chr(ord("a") + i) for i in [7, 4, 11, 11, 14]))
print([s.strip() for s in " a , b ,c ".split(",")])
print(["{}:{}".format(i, c) for i, c in enumerate("xyz", 1)])
print([f"{w:>6}" for w in ["a", "bb"]], [f"{n:03d}" for n in [1, 22, 333]])
