"""A minimal JSON encoder/decoder written from scratch."""


class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg}: line 1 column {pos + 1} (char {pos})")
        self.pos = pos


ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def encode(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + encode(v, indent, level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                k = str(k) if not isinstance(k, bool) else ("true" if k else "false")
            items.append(pad + encode(k) + ": " + encode(v, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1

    def decode(self):
        self.ws()
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            raise JSONError("Extra data", self.i)
        return v

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise JSONError("Expecting value", self.i)
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            raise JSONError("Expecting value", start)
        if any(c in text for c in ".eE"):
            return float(text)
        return int(text)

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                raise JSONError("Unterminated string starting at", self.i)
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                nxt = self.s[self.i + 1]
                if nxt == "u":
                    out.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append(ESCAPES[nxt])
                self.i += 2
                continue
            out.append(c)
            self.i += 1

    def arr(self):
        self.i += 1
        items = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return items
        while True:
            items.append(self.value())
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
            elif self.s[self.i] == "]":
                self.i += 1
                return items
            else:
                raise JSONError("Expecting ',' delimiter", self.i)

    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            key = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise JSONError("Expecting ':' delimiter", self.i)
            self.i += 1
            result[key] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
            elif self.s[self.i] == "}":
                self.i += 1
                return result
            else:
                raise JSONError("Expecting ',' delimiter", self.i)


data = {"name": "Zoë \"Z\" Smith", "age": 37, "scores": [9.5, 7.25, 1e-7, 1e21], "active": True,
        "tags": ("a", "b\tc"), "address": {"city": "Kraków", "zip": None}, 3: "int key", "empty": {}, "none": []}
text = encode(data)
print(text)
print(encode(data, indent=2))
back = Decoder(text).decode()
print(back)
print(back == {str(k): (list(v) if isinstance(v, tuple) else v) for k, v in data.items()})
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "tru", '"abc', "[1] x", ""]:
    try:
        print(Decoder(bad).decode())
    except JSONError as e:
        print(f"{bad!r:>12} -> {e} [{e.pos}]")
    except (IndexError, KeyError) as e:
        print(f"{bad!r:>12} -> {type(e).__name__}")
for bad in [float("nan"), {1, 2}, object]:
    try:
        encode(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Decoder('  [ -12, 3.5e2, "\\u00e9\\n", {"k": [true, false, null]} ] ').decode())
print(encode([1.0, 0.1, -0.0, 2 ** 70, 1.5e300, "\u2603"]))
