# Greedy text wrapping and justification
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    out = ""
    for i, w in enumerate(line[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + line[-1]
words = text.split()
for width in [20, 33]:
    print("=" * width)
    lines = wrap(words, width)
    for ln in lines[:-1]:
        print(justify(ln, width) + "|")
    print(" ".join(lines[-1]).ljust(width) + "|")
    for ln in lines:
        print(" ".join(ln).center(width, "."))
    for ln in lines[:3]:
        print(" ".join(ln).rjust(width))
