"""Word frequency analysis with a hand-rolled Counter class."""

DOCS = {
    "intro": "It was the best of times, it was the worst of times, it was the age of wisdom.",
    "song": "Row, row, row your boat gently down the stream. Merrily, merrily, merrily, merrily, life is but a dream.",
    "poem": "Two roads diverged in a yellow wood, and sorry I could not travel both and be one traveler, long I stood and looked down one as far as I could, in times of wisdom.",
    "code": "def f(x): return x + x  # the x is the input; the output is 2x",
}

STOP = {"the", "a", "and", "of", "is", "it", "i", "in", "be"}


class WordCounter:
    def __init__(self, words=()):
        self._counts = {}
        self.update(words)

    def update(self, words):
        for w in words:
            self._counts[w] = self._counts.get(w, 0) + 1

    def __getitem__(self, word):
        return self._counts.get(word, 0)

    def __contains__(self, word):
        return word in self._counts

    def __len__(self):
        return len(self._counts)

    def __iter__(self):
        return iter(self._counts)

    def __add__(self, other):
        result = WordCounter()
        for src in (self, other):
            for w in src:
                result._counts[w] = result[w] + src[w]
        return result

    def total(self):
        return sum(self._counts.values())

    def most_common(self, n=None):
        ranked = sorted(self._counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked if n is None else ranked[:n]

    def __repr__(self):
        inner = ", ".join(f"{w!r}: {c}" for w, c in self.most_common(4))
        more = "" if len(self) <= 4 else f", ...+{len(self) - 4}"
        return f"WordCounter({{{inner}{more}}})"


def tokenize(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch.isdigit() or ch == "'" else " ")
    return "".join(cleaned).split()


counters = {}
for name, text in DOCS.items():
    words = tokenize(text)
    counters[name] = WordCounter(w for w in words if w not in STOP)
    print(f"{name:>6}: {len(words):>3} tokens, {len(counters[name]):>3} distinct -> {counters[name]!r}")

combined = WordCounter()
for c in counters.values():
    combined = combined + c
print("combined distinct:", len(combined), "total:", combined.total())
print("top 8:")
for rank, (word, n) in enumerate(combined.most_common(8), 1):
    bar = "=" * n
    print(f"  {rank}. {word:<10}{n:>3} {bar}")

print("'merrily' in combined:", "merrily" in combined, combined["merrily"])
print("'zebra' count:", combined["zebra"], "| 'zebra' in:", "zebra" in combined)

doc_freq = {}
for name, c in counters.items():
    for w in c:
        doc_freq.setdefault(w, []).append(name)
shared = sorted((w, docs) for w, docs in doc_freq.items() if len(docs) > 1)
print("words in more than one doc:", shared)

by_len = {}
for w in combined:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len, reverse=True)[:4]:
    print(f"  len {n}: {sorted(by_len[n])}")

letters = WordCounter(ch for text in DOCS.values() for ch in text.lower() if ch.isalpha())
print("letters:", " ".join(f"{ch}{n}" for ch, n in letters.most_common(10)))
print("missing letters:", [chr(c) for c in range(ord("a"), ord("z") + 1) if chr(c) not in letters])

bigrams = WordCounter()
for text in DOCS.values():
    toks = tokenize(text)
    bigrams.update(f"{a} {b}" for a, b in zip(toks, toks[1:]))
print("top bigrams:", bigrams.most_common(5))

first_seen = {}
for i, w in enumerate(tokenize(" ".join(DOCS.values()))):
    first_seen.setdefault(w, i)
print("first positions:", {w: first_seen[w] for w in ["row", "wisdom", "dream", "x", "traveler"]})
lengths = [len(w) for w in combined]
print(f"avg distinct word length {sum(lengths) / len(lengths):.2f}, longest {max(combined, key=lambda w: (len(w), w))}")
caps = [w.upper() if combined[w] > 2 else w for w in sorted(combined) if w.startswith(("m", "r", "t"))]
print(caps)
print(sorted({len(w) for w in combined}), sorted({w[0] for w in combined})[:10])
