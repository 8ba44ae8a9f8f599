# Built-ins CPython declares with Argument Clinic take their parameters by
# keyword too, with CPython's messages for missing, doubled and unknown ones;
# Random.seed rejects keywords it does not have.
import random


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("pow kw", lambda: pow(base=2, exp=10))
attempt("pow kw mod", lambda: pow(base=3, exp=4, mod=5))
attempt("pow mixed", lambda: pow(2, exp=5))
attempt("pow float", lambda: pow(2.0, exp=2))
attempt("pow mod None", lambda: pow(2, 3, mod=None))
attempt("pow 4 args", lambda: pow(2, 3, 4, 5))
attempt("pow 4 with kw", lambda: pow(2, 3, 4, mod=5))
attempt("pow 4 kw only", lambda: pow(base=2, exp=3, mod=5, z=1))
attempt("pow base only", lambda: pow(base=2))
attempt("pow exp only", lambda: pow(exp=2))
attempt("pow doubled", lambda: pow(2, base=3, exp=4))
attempt("pow missing exp", lambda: pow(2, base=3))
attempt("pow unknown", lambda: pow(2, 3, x=1))
attempt("str kw", lambda: str(object=12))
attempt("str empty", lambda: str())
attempt("str kw str", lambda: str(object="x"))
attempt("str encoding only", lambda: str(encoding="utf-8"))
attempt("str unknown", lambda: str(obj=1))
attempt("str doubled", lambda: str(1, object=2))
attempt("str too many", lambda: str(1, 2, 3, 4))
attempt("str decode int", lambda: str(object=1, encoding="a"))
attempt("str decode str", lambda: str("abc", "utf-8"))
attempt("seed unknown", lambda: random.seed(1, x=2))
r = random.Random(3)
attempt("method seed unknown", lambda: r.seed(1, x=2))
r.seed(a=5)
print(r.random())
r.seed(5, version=2)
print(r.random())
attempt("seed doubled", lambda: r.seed(5, a=6))
attempt("round kw", lambda: round(number=2.675, ndigits=2))
attempt("round number only", lambda: round(number=7.5))
attempt("round ndigits only", lambda: round(ndigits=2))
attempt("round doubled", lambda: round(2.5, number=1))
attempt("round unknown", lambda: round(number=1, x=2))
attempt("round too many", lambda: round(1, 2, 3))
attempt("enumerate iterable kw", lambda: list(enumerate(iterable="ab")))
attempt("enumerate both kw", lambda: list(enumerate(iterable="ab", start=2)))
attempt("enumerate start only", lambda: enumerate(start=2))
attempt("enumerate doubled", lambda: enumerate("ab", iterable="c"))
attempt("enumerate unknown", lambda: enumerate(iterable="a", x=1))
