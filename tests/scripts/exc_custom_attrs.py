# exceptions carrying extra attributes and methods
class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(msg)
        self.line = line
        self.col = col
    def where(self):
        return str(self.line) + ":" + str(self.col)
    def __str__(self):
        return self.where() + ": " + self.args[0]
def parse(lines):
    out = []
    for ln, text in enumerate(lines, 1):
        for col, ch in enumerate(text, 1):
            if not (ch.isdigit() or ch == " "):
                raise ParseError(ln, col, "unexpected " + repr(ch))
        out.extend(int(t) for t in text.split())
    return out
for src in [["1 2", "3"], ["1 2", "3 x4"], ["!"]]:
    try:
        print(parse(src))
    except ParseError as e:
        print("ParseError", e, "|", e.where(), e.line, e.col, e.args)
class Tally(Exception):
    count = 0
    def __init__(self, *args):
        super().__init__(*args)
        Tally.count += 1
for i in range(3):
    try:
        raise Tally(i, "x")
    except Tally as t:
        print(t.args, str(t))
print(Tally.count)
e = ParseError(1, 2, "m")
e.extra = "attached later"
print(e.extra, e)
try:
    raise e
except ParseError as caught:
    print(caught is e, caught.extra)
class Err(ValueError):
    code = 7
try:
    raise Err("coded")
except ValueError as e:
    print(e.code, e, type(e).__name__, isinstance(e, Err))
