"""Compute a handful of statistics about a block of text."""

TEXT = """The quick brown fox jumps over the lazy dog.  The dog, being lazy,
did not react at all; the fox was rather disappointed.
Meanwhile, 3 cats watched from the fence -- 2 of them asleep.

A second paragraph begins here. It is shorter than the first!
Is it? Perhaps not... but it has 42 words, or maybe 17.
"""


def clean_word(word):
    start, end = 0, len(word)
    while start < end and not word[start].isalpha() and not word[start].isdigit():
        start += 1
    while end > start and not word[end - 1].isalpha() and not word[end - 1].isdigit():
        end -= 1
    return word[start:end].lower()


def sentences(text):
    result = []
    current = []
    for ch in text.replace("\n", " "):
        current.append(ch)
        if ch in ".!?":
            s = "".join(current).strip()
            if s and s not in ".!?":
                result.append(s)
            current = []
    tail = "".join(current).strip()
    if tail:
        result.append(tail)
    return result


lines = TEXT.splitlines()
print(f"lines: {len(lines)} (blank: {sum(1 for ln in lines if not ln.strip())})")
for i, line in enumerate(lines, start=1):
    print(f"{i:>2}| {line[:40]:<40}| len={len(line)}")

words = [clean_word(w) for w in TEXT.split()]
words = [w for w in words if w]
print("word count:", len(words))
print("unique words:", len(set(words)))
numbers = [int(w) for w in words if w.isdigit()]
print("numbers found:", numbers, "sum:", sum(numbers))

longest = max(words, key=len)
shortest = min(words, key=lambda w: (len(w), w))
print(f"longest={longest!r} shortest={shortest!r}")

avg = sum(len(w) for w in words) / len(words)
print(f"average word length: {avg:.3f}")

lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
for n in sorted(lengths):
    print(f"  {n:>2} letters: {'#' * lengths[n]} ({lengths[n]})")

sents = sentences(TEXT)
print("sentences:", len(sents))
for s in sents:
    kind = "question" if s.endswith("?") else "exclaim" if s.endswith("!") else "plain"
    print(f"  [{kind:^10}] {s}")

vowels = "aeiou"
counts = {v: TEXT.lower().count(v) for v in vowels}
print("vowels:", counts)
print("most common vowel:", max(counts, key=counts.get))

letters = [ch for ch in TEXT.lower() if ch.isalpha()]
freq = {}
for ch in letters:
    freq[ch] = freq.get(ch, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", ", ".join(f"{k}={v}" for k, v in top))
pct = freq["e"] / len(letters)
print(f"share of 'e': {pct:.1%}")

print("title-ish:", " ".join(w[0].upper() + w[1:] for w in "the lazy dog sleeps".split()))
print("reversed words:", " ".join(reversed("one two three four".split())))
print("find 'lazy':", TEXT.find("lazy"), TEXT.rfind("lazy"), TEXT.count("lazy"))
print("replace:", lines[0].replace("lazy", "sleepy", 1))
print("centered:", "[" + "stats".center(15, "*") + "]")
print("zfill:", "42".zfill(6), "-7".zfill(4))
print("ljust/rjust:", "ab".ljust(5, ".") + "|" + "cd".rjust(5, "."))
print("rsplit:", "a.b.c.d".rsplit(".", 2), "split max:", "a b c d".split(" ", 1))
print("strip chars:", "xxhixx".strip("x"), "--ok".lstrip("-"), "ok!!".rstrip("!"))
print("startswith:", TEXT.startswith("The"), TEXT.endswith("17.\n"))
try:
    TEXT.index("elephant")
except ValueError as e:
    print("index failed:", e)
