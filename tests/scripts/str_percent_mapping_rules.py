class M:
    def __getitem__(self, k):
        return k.upper()
class N:
    def __str__(self):
        return "N!"
cases = [
    ("%(a)s %s", {"a": 1}),
    ("%s %(a)s", {"a": 1}),
    ("x", [1]),
    ("%(a)s", [1]),
    ("x", 5),
    ("x", {}),
    ("x", ()),
    ("x", (1,)),
    ("%s", [1, 2]),
    ("%s", (1, 2)),
    ("%(k)s-%(j)s", M()),
    ("x", M()),
    ("x", N()),
    ("%s", N()),
    ("%s %s", N()),
    ("%(a)d%%", {"a": 50}),
    ("%(a)s", (1,)),
    ("%s", {"a": 1}),
    ("x", range(3)),
    ("%d items", range(1)),
    ("%s", "abc"),
    ("x", "abc"),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
