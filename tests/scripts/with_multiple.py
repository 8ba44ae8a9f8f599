# Multiple managers in one with statement, parenthesised form, ordering
log = []

class R:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("cannot enter " + self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        log.append("exit " + self.name + " " + (t.__name__ if t else "-"))
        return self.suppress

def show(title):
    print(title)
    for entry in log:
        print("   ", entry)
    log.clear()

with R("a") as x, R("b") as y:
    log.append("body " + x + y)
show("two managers")

with R("a"), R("b") as y, R("c"):
    log.append("body " + y)
show("three managers, one target")
with (R("p") as p, R("q") as q):
    log.append("body " + p + q)
show("parenthesised")
with (
    R("m1") as m1,
    R("m2"),
):
    log.append("body " + m1)
show("parenthesised multi-line with trailing comma")
try:
    with R("a") as x, R("b", fail_enter=True) as y, R("c"):
        log.append("body never")
except RuntimeError as e:
    log.append("caught " + str(e))
show("second enter fails: only first exits")
try:
    with R("a") as x, R("b") as y:
        raise KeyError("oops")
except KeyError as e:
    log.append("caught KeyError " + str(e))
show("exception passes through exits in reverse order")
with R("outer", suppress=True), R("inner"):
    raise ValueError("v")
show("outer suppresses what inner lets pass")
with R("outer"), R("inner", suppress=True):
    raise ValueError("v")
show("inner suppresses: outer sees no exception")
with R("same") as a, R(a + "2") as b:
    log.append("body " + a + " " + b)
show("second manager uses first target")
