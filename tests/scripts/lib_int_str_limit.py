# CPython 3.11 refuses to convert ints of more than 4300 decimal digits to str.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if isinstance(r, str) else r)
    except ValueError as e:
        print(label, "ValueError:", e)

big = 10 ** 4300
edge = 10 ** 4300 - 1
attempt("str edge", lambda: str(edge))
attempt("str -edge", lambda: str(-edge))
attempt("str big", lambda: str(big))
attempt("str -big", lambda: str(-big))
attempt("repr big", lambda: repr(big))
attempt("fstring", lambda: f"{big}")
attempt("fstring d", lambda: f"{big:d}")
attempt("format", lambda: "{}".format(big))
attempt("list repr", lambda: str([1, big]))
attempt("dict repr", lambda: repr({big: 1}))
attempt("hex", lambda: hex(big))
attempt("bin", lambda: bin(big))
attempt("oct", lambda: oct(big))
attempt("int parse", lambda: int("1" * 4301))
attempt("int parse edge", lambda: str(int("9" * 4300)))
attempt("2**14300", lambda: str(2 ** 14300))
attempt("2**14280", lambda: str(2 ** 14280))
try:
    print(big)
except ValueError as e:
    print("print:", e)
print(len(str(edge)), str(edge)[:5])
