d = {"a": 1, "b": 2}
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
    def __len__(self):
        return 3
things = [
    iter("abc"), iter("\u00e9t\u00e9"), iter(""), iter([1]), iter((1,)), iter(range(3)), iter(d),
    iter(d.values()), iter(d.items()), iter({1, 2}), reversed(range(3)), reversed((1, 2)),
    reversed("ab"), reversed([1]), reversed(d), reversed(d.keys()), reversed(d.values()),
    reversed(d.items()), reversed(Seq()), iter(Seq()), enumerate("a"), zip(), map(abs, []),
    filter(None, []),
]
for t in things:
    print(type(t).__name__, repr(t).split(" object")[0], list(t))
