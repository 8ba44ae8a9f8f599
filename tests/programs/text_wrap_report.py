"""Text utilities: word wrapping, justification, word counts and a framed report."""

ARTICLE = """Python is a high-level, general-purpose programming language. Its design
philosophy emphasizes code readability with the use of significant indentation.
Python is dynamically typed and garbage-collected. It supports multiple programming
paradigms, including structured (particularly procedural), object-oriented and
functional programming. It is often described as a "batteries included" language
due to its comprehensive standard library."""


def wrap(text, width):
    lines, current = [], []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if length + extra > width and current:
            lines.append(" ".join(current))
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


def frame(lines, title=""):
    width = max(len(l) for l in lines)
    top = f"+{('[ ' + title + ' ]').center(width + 2, '-')}+" if title else "+" + "-" * (width + 2) + "+"
    body = [f"| {l:<{width}} |" for l in lines]
    return "\n".join([top] + body + ["+" + "-" * (width + 2) + "+"])


def main():
    for width in (40, 60):
        lines = wrap(ARTICLE, width)
        print(f"width={width}: {len(lines)} lines, longest {max(map(len, lines))}")
        print(frame([justify(l, width) for l in lines[:-1]] + [lines[-1]], title=f"w{width}"))

    words = [w.strip('.,()"').lower() for w in ARTICLE.split()]
    words = [w for w in words if w]
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    for rank, (w, n) in enumerate(top, start=1):
        print(f"{rank:>2}. {w:<12} {n:>2} {'*' * n}")
    print(max(freq, key=freq.get), sorted(freq, key=len)[-1], len(freq), sum(freq.values()))
    by_len = {}
    for w in set(words):
        by_len.setdefault(len(w), []).append(w)
    print({k: sorted(v) for k, v in sorted(by_len.items()) if k > 9})
    print(dict(sorted(freq.items())[:5]))
    hyphen = [w for w in words if "-" in w]
    print(hyphen, [w.split("-") for w in hyphen], ["-".join(reversed(w.split("-"))) for w in hyphen])
    sentences = [s.strip() for s in ARTICLE.replace("\n", " ").split(".") if s.strip()]
    for s in sentences:
        print(f"{len(s.split()):>3} words | {s[:30]!r:<34}| {s[-12:]:>12}")
    initials = "".join(w[0] for w in sentences[0].split()).upper()
    print(initials, initials.count("P"), initials.lower().find("p"), initials[::2])
    vowels = sum(ARTICLE.lower().count(v) for v in "aeiou")
    print(f"vowels {vowels}, ratio {vowels / len(ARTICLE):.3%}, letters {sum(c.isalpha() for c in ARTICLE):,}")
    table = [(n, n ** 2, n ** 3, 2 ** n) for n in range(1, 11, 3)]
    for row in table:
        print("".join(f"{v:>8}" for v in row), "|", " ".join(f"{v:b}" for v in row[:2]))
    print("\n".join(" ".join(f"{i * j:3d}" for j in range(1, 6)) for i in range(1, 4)))


if __name__ == "__main__":
    main()
