# The 4300-digit limit on int -> decimal string applies to %-formatting too.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", len(r))
    except ValueError as e:
        print(label, "ValueError:", e)


big = 10 ** 4300
ok = 10 ** 4299
attempt("str ok", lambda: str(ok))
attempt("str big", lambda: str(big))
attempt("%d ok", lambda: "%d" % ok)
attempt("%d big", lambda: "%d" % big)
attempt("%i neg", lambda: "%i" % -big)
attempt("%5d big", lambda: "%5d" % big)
attempt("%x big", lambda: "%x" % big)
attempt("%o big", lambda: "%o" % big)
attempt("format x", lambda: format(big, "x"))
attempt("format d", lambda: format(big, "d"))
attempt("hex", lambda: hex(big))
attempt("int parse", lambda: str(int("9" * 4300)))
attempt("int parse big", lambda: int("9" * 4301))
print("%d|%5d|%-5d|%05d|%+d" % (2 ** 70, 3, 4, -5, 6))
