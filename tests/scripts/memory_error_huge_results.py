# Results too large to build raise MemoryError (or CPython's OverflowError for
# strs) instead of stopping the process.
cases = [
    lambda: (1,) * 2**40,
    lambda: (1, 2) * 2**62,
    lambda: [0] * 2**40,
    lambda: "ab" * (2**62 + 5),
    lambda: "ab" * 2**40,
    lambda: f"{1:10000000000000}",
    lambda: "{:10000000000000}".format("a"),
    lambda: format(2.5, "10000000000000"),
    lambda: "%10000000000000d" % 1,
    lambda: list(range(2**40)),
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "built")
    except (MemoryError, OverflowError) as e:
        print(i, type(e).__name__, e)
print((1, 2) * 3, "ab" * 3, f"{1:5}|", list(range(3)))
