# str.format: auto/manual numbering, names, attribute and index access, conversions,
# nested specs, escapes, and the format-spec mini language through str.format
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class Money:
    def __format__(self, spec):
        return "$" + format(12.5, spec or ".2f")


p = Point(3, -4)
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}{2}".format("a", "b", "c"), "{1}{0}".format("x", "y"))
print("{name} is {age} years".format(name="Ann", age=7), "{n}{n}".format(n="!"))
print("{0} and {kw}".format("pos", kw="key"), "{} {x} {}".format(1, 2, x=3))
print("{0.x},{0.y} {p.x}".format(p, p=p), "{0!r} {0!s} {0}".format(p))
print("{0[0]}-{0[2]} {1[k]} {1[k2][1]}".format("abc", {"k": "v", "k2": [7, 8]}))
print("{0[1][0]} {d[3]} {t[0].x}".format([[1], ["inner"]], d={3: "int-key"}, t=(p,)))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{!a}".format("😀 ü"), "{0!r:>8}|".format("q"))
print("{{}} {{{}}} {{0}} }}{{".format("in"), "{{literal}}".format())
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:-<4}|".format("r", "l", "c", "s", ""))
print("{:d} {:5d} {:<5d}| {:+d} {: d} {:05d} {:,} {:_} {:x} {:X} {:#o} {:#b}".format(
    42, 42, 42, 42, 42, -42, 1234567, 1234567, 255, 255, 8, 5))
print("{:.2f} {:8.3f} {:e} {:.3E} {:g} {:G} {:%} {:.1%} {:,.2f} {:+.1f}".format(
    3.14159, 2.71828, 12345.678, 0.00012, 1e-7, 1e20, 0.25, 0.123, 1234567.891, -0.05))
print("{:.3s}|{:>10.2s}|{:c}|{:n}".format("abcdef", "xyz", 65, 1234))
print("{:{}}|{:{}.{}f}|{:>{w}}|{:{fill}^{w}}".format("w", 6, 3.14159, 10, 3, "r", "c", w=7, fill="~"))
print("{0:{1}}|{0:>{2}}".format("ab", 5, 6), "{a:{b}}".format(a=1, b=4))
print("{}".format(None), "{}".format(True), "{:d}".format(True))
print("{}".format([1, "a"]), "{}".format({"k": (1,)}), "{}".format(3.0), "{}".format(10**20))
print("{:>10}".format(p.__str__()), "{0}".format(p), "{:}".format(p))
print("{}|{:10}|{:>10,.1f}".format(Money(), Money(), 1234.56), "{:.0f}".format(Money()))
print("{0:}|{1!s:}|{2!r:}".format(1, 2, 3), "{:^7.3}".format("abcdef"))
args = ("p", "q")
kwargs = {"a": 1, "b": 2}
print("{} {}".format(*args), "{a}+{b}".format(**kwargs), "{0}{a}".format(*args, **kwargs))
print("日本{}語{}".format("中", "😀"), "{:中^7}".format("x"), "{:😀<4}".format("é"))
print("".format(), "no fields".format(1, 2, x=3), "{0}".format(0, 1, 2))
print("{:>{}}".format("x", 3) + "{:0{}}".format(7, 4), "{:{}{}}".format(5, "0", 3))
for row in [("apple", 1.5, 3), ("banana", 0.25, 12), ("kiwi", 10, 100)]:
    print("{:<10}|{:>8.2f}|{:^5d}|".format(*row))
fmt = "{:{align}{width}}"
print([fmt.format("x", align=a, width=w) for a in "<^>" for w in (1, 3)])
print(str.format("{}-{}", "a", "b"), "{0.real} {0.imag}".format(3), "{0[-1]}".format({"-1": "neg"}))
print("{x}".format_map({"x": "mapped"}), "{a[0]}{b}".format_map({"a": "zy", "b": 2}))
