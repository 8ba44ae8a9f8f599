# Leaving a native `for` loop (break, return, exception, or a guard failure
# in the body) must leave the iterator object in exactly CPython's state:
# shared enumerate/range/list/str iterators are resumed with next() after
# the loop, including enumerate counts past 2**63 - 1 and range iterators
# over values beyond 64 bits.

M = 2 ** 63 - 1


def run_until(it, stop):
    n = 0
    for item in it:
        n += 1
        if n == stop:
            break
    return n


e = enumerate(range(10 ** 6), M - 1500)
print("enum range", run_until(e, 2000), next(e), next(e))
e = enumerate("abcdefghij" * 500, M - 2500)
print("enum str", run_until(e, 2500), next(e), run_until(e, 10 ** 9), next(e, "done"))
e = enumerate(list(range(5000)), M - 3)
print("enum list", run_until(e, 3000), next(e))
e = enumerate("é中😀" * 1000, M - 1)
print("enum uni", run_until(e, 2999), next(e), next(e, "done"))
r = iter(range(M - 2000, M + 2000))
print("range iter", run_until(r, 3000), next(r), next(r))
r = iter(range(2 ** 64, 2 ** 64 + 5000, 3))
print("big range iter", run_until(r, 1200), next(r))
r = iter(range(M, -M, -(2 ** 50)))
print("neg big step", run_until(r, 2000), next(r))
s = iter("xy" * 3000)
print("str iter", run_until(s, 2999), next(s), next(s))
li = iter(list(range(6000)))
print("list iter", run_until(li, 5999), next(li), next(li, "end"))


def guard_fail_mid(it, at):
    # `acc` changes type at item `at`; the loop continues after the exit
    acc = 0
    n = 0
    for item in it:
        n += 1
        if n == at:
            acc = acc + 0.5
        elif n == at + 1:
            acc = str(acc)
        elif n > at + 1:
            acc = acc[:3] + "."
        else:
            acc = acc + 1
    return n, acc


for label, mk in [("range", lambda: range(5000)), ("list", lambda: list(range(5000))),
                  ("str", lambda: "ab" * 2500), ("uni", lambda: "aé中😀" * 1250),
                  ("enum", lambda: enumerate(range(5000), M - 2500))]:
    print("guard", label, guard_fail_mid(mk(), 2500), guard_fail_mid(mk(), 4999), guard_fail_mid(mk(), 5000))


def enum_exit_then_resume(e, at):
    out = []
    for i, x in e:
        if i == at:
            out.append(("exit", i, x))
            break
        if type(x) is int and x > 10 ** 18:
            out.append(("big", i))
    for i, x in e:
        pass
    out.append(("end", i, x))
    return out


print("resume1", enum_exit_then_resume(enumerate(range(5000), M - 3000), M))
print("resume2", enum_exit_then_resume(enumerate(range(5000), M - 3000), M + 1))
print("resume3", enum_exit_then_resume(enumerate("q" * 5000, M - 4000), M + 100))
print("resume4", enum_exit_then_resume(enumerate([2 ** 64] * 3 + list(range(5000)), M - 1), M + 2))


def raise_mid(it, at):
    n = 0
    for x in it:
        n += 1
        if n == at:
            raise IndexError(n)
    return n


for label, it in [("enum", enumerate("abc" * 2000, M - 3000)), ("range", iter(range(M - 3000, M + 3000))),
                  ("list", iter(list("xyz" * 2000))), ("str", iter("é" * 3000 + "z" * 3000))]:
    try:
        raise_mid(it, 3000)
    except IndexError as err:
        print("raise", label, err.args[0], next(it), raise_mid(it, -1))


def return_from_loop(it):
    for x in it:
        if x == "é" or x == M + 1 or x == (M + 2, "b"):
            return x
    return None


it = iter("a" * 3000 + "é" + "tail")
print("return str", return_from_loop(it), "".join(it))
it = iter(range(M - 3000, M + 10))
print("return range", return_from_loop(it), list(it))
it = enumerate("ab" * 2000, M - 2999)
print("return enum", return_from_loop(it), next(it))
