"""Tokenizer and recursive-descent evaluator for arithmetic expressions."""

NUMBER, NAME, OP, LPAREN, RPAREN, END = "NUMBER", "NAME", "OP", "(", ")", "END"


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token(NUMBER, src[i:j], i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token(NAME, src[i:j], i))
            i = j
        elif src.startswith("**", i) or src.startswith("//", i):
            tokens.append(Token(OP, src[i:i + 2], i))
            i += 2
        elif ch in "+-*/%^":
            tokens.append(Token(OP, ch, i))
            i += 1
        elif ch in "()":
            tokens.append(Token(ch, ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(Token(END, "", len(src)))
    return tokens


class Parser:
    def __init__(self, src, env):
        self.tokens = tokenize(src)
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, text=None):
        tok = self.tokens[self.i]
        if kind is not None and tok.kind != kind:
            raise ParseError(f"expected {kind}, got {tok.kind}", tok.pos)
        if text is not None and tok.text != text:
            raise ParseError(f"expected {text!r}", tok.pos)
        self.i += 1
        return tok

    def parse(self):
        value = self.expr()
        self.take(END)
        return value

    def expr(self):
        value = self.term()
        while self.peek().kind == OP and self.peek().text in ("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek().kind == OP and self.peek().text in ("*", "/", "//", "%"):
            op = self.take().text
            rhs = self.unary()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            elif op == "//":
                value //= rhs
            else:
                value %= rhs
        return value

    def unary(self):
        if self.peek().kind == OP and self.peek().text == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().kind == OP and self.peek().text in ("**", "^"):
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        tok = self.peek()
        if tok.kind == NUMBER:
            self.take()
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == NAME:
            self.take()
            if self.peek().kind == LPAREN:
                self.take(LPAREN)
                arg = self.expr()
                self.take(RPAREN)
                return self.env[tok.text](arg)
            if tok.text not in self.env:
                raise ParseError(f"unknown name {tok.text!r}", tok.pos)
            return self.env[tok.text]
        if tok.kind == LPAREN:
            self.take()
            value = self.expr()
            self.take(RPAREN)
            return value
        raise ParseError(f"unexpected {tok.kind}", tok.pos)


ENV = {"pi": 3.141592653589793, "x": 7, "abs": abs, "sq": lambda v: v * v, "neg": lambda v: -v}

print(tokenize("2 ** 10 - x")[:3])
cases = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 10",
    "2 ** -1",
    "-2 ** 2",
    "7 // 2 + 7 % 3",
    "-7 // 2",
    "-7 % 3",
    "10 / 4",
    "1 / 3",
    "2 ** 100",
    "sq(x) - abs(neg(3))",
    "pi * 2",
    "0.1 + 0.2",
    "3 ^ 2 ^ 2",
    "1.5e3",
    "(1 + 2",
    "4 $ 4",
    "y + 1",
    "1 / 0",
    "10 // 0.0",
    "..5",
    "",
]
for src in cases:
    try:
        result = Parser(src, ENV).parse()
        print(f"{src!r:>22} = {result!r}")
    except ParseError as e:
        print(f"{src!r:>22} ! ParseError: {e} (pos={e.pos})")
    except ZeroDivisionError as e:
        print(f"{src!r:>22} ! {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"{src!r:>22} ! ValueError: {e}")
