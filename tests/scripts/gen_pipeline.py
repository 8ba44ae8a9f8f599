# Lazy generator pipelines: evaluation order is interleaved
def source(items):
    for it in items:
        print("source ->", it)
        yield it
def double(gen):
    for x in gen:
        print("  double", x)
        yield x * 2
def only_big(gen, threshold):
    for x in gen:
        if x > threshold:
            print("    keep", x)
            yield x
        else:
            print("    drop", x)
pipe = only_big(double(source([1, 5, 2, 8, 3])), 5)
print("pipeline built, nothing ran")
print("first:", next(pipe))
print("rest:", list(pipe))
def running_sum(gen):
    total = 0
    for x in gen:
        total += x
        yield total
def window(gen, size):
    buf = []
    for x in gen:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(running_sum(range(1, 8))))
print(list(window(running_sum(range(1, 8)), 3)))
def tokenize(text):
    word = ""
    for ch in text:
        if ch.isalpha():
            word += ch
        else:
            if word:
                yield word
                word = ""
            if not ch.isspace():
                yield ch
    if word:
        yield word
print(list(tokenize("abc + de*(f - g1)")))
counts = {}
for tok in tokenize("a b a c b a"):
    counts[tok] = counts.get(tok, 0) + 1
print(counts)
gexpr = (x * x for x in source([3, 4]))
print(type(gexpr).__name__, gexpr.__name__)
print("genexpr next:", next(gexpr))
print("genexpr rest:", list(gexpr))
nested = (a + b for a in "xy" for b in "12" if b != "3")
print(list(nested))
print(sum(x for x in range(10) if x % 3 == 0))
