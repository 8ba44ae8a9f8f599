# list.index / tuple.index bounds follow CPython's slice-index rules, and
# list.sort's argument checks come first.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


xs = [5, 3, 5, 1, 5]
attempt("index start", lambda: xs.index(5, 1))
attempt("index start stop", lambda: xs.index(5, 1, 3))
attempt("index negative", lambda: xs.index(5, -2))
attempt("index huge start", lambda: xs.index(5, 10 ** 30))
attempt("index huge negative", lambda: xs.index(1, -10 ** 30))
attempt("index huge stop", lambda: xs.index(1, 0, 10 ** 30))
attempt("index None", lambda: xs.index(5, None))
attempt("index float", lambda: xs.index(5, 1.0))
attempt("index str", lambda: xs.index(5, 0, "3"))
attempt("index bool", lambda: xs.index(5, True))
attempt("tuple index", lambda: tuple(xs).index(1, 2, 4))
attempt("tuple index None", lambda: tuple(xs).index(1, None))
attempt("tuple missing", lambda: tuple(xs).index(7))
attempt("list missing", lambda: xs.index(7, 0, 2))
attempt("sort positional", lambda: xs.sort(len))
attempt("sort 3 positional", lambda: xs.sort(1, 2, 3))
attempt("sort 3 keywords", lambda: xs.sort(key=None, reverse=True, foo=1))
attempt("sort bad keyword", lambda: xs.sort(foo=1))
attempt("sort ok", lambda: (xs.sort(reverse=True), xs)[1])
