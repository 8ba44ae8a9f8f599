# Exceptions raised inside hot `for` bodies over range, list, str and
# enumerate: caught in the body (the loop continues from the right item),
# caught outside (a shared iterator resumes after the raising item), raised
# by next() of a user iterator, and try/finally around break and continue.


def caught_in_body(xs):
    ok = 0
    errs = 0
    msgs = []
    for x in xs:
        try:
            if type(x) is str:
                v = int(x)
            else:
                v = 100 // (x % 7)
            ok += v
        except ValueError as e:
            errs += 1
            if len(msgs) < 2:
                msgs.append(str(e))
        except ZeroDivisionError as e:
            errs += 1000
            if len(msgs) < 3:
                msgs.append(str(e))
    return ok, errs, msgs


print("range", caught_in_body(range(4000)))
print("list", caught_in_body(list(range(4000, 0, -1))))
print("str", caught_in_body("12a3é45b6" * 400))
print("tuple", caught_in_body(tuple(range(3000))))


def enum_caught(s):
    d = {}
    missing = 0
    for i, ch in enumerate(s, 1):
        try:
            d[ch] += i
        except KeyError:
            missing += 1
            d[ch] = i
    return missing, sorted(d.items())


print("enum str", enum_caught("abcé中😀" * 600))
print("enum list", enum_caught([k % 5 for k in range(3000)]))
print("enum range", enum_caught(range(0, 6000, 2))[0])


def escape(it, bad):
    n = 0
    for x in it:
        n += 1
        if x == bad:
            raise ValueError("bad " + str(x))
    return n


for label, mk, bad in [("str", lambda: iter("abcdefgh" * 500), "h"),
                       ("list", lambda: iter(list(range(5000))), 2500),
                       ("range", lambda: iter(range(5000)), 4999),
                       ("uni", lambda: iter("é中😀x" * 1000), "x")]:
    it = mk()
    got = []
    rounds = 0
    while True:
        try:
            n = escape(it, bad)
            got.append(("done", n))
            break
        except ValueError as e:
            rounds += 1
            if len(got) < 3:
                got.append((str(e), next(it, "END")))
    print("escape", label, rounds, got)


class Flaky:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        if self.i % 1000 == 0:
            raise KeyError(self.i)
        return self.i


def flaky_loop(src):
    total = 0
    try:
        for x in src:
            total += x
    except KeyError as e:
        return "KeyError", e.args[0], total
    return "ok", total


f = Flaky(5500)
print("flaky", [flaky_loop(f) for _ in range(7)])
print("flaky then range", flaky_loop(range(3000)), flaky_loop("") if False else flaky_loop([1, 2, 3]))


def finally_flow(xs):
    log = []
    count = 0
    for x in xs:
        try:
            count += 1
            if count % 997 == 0:
                continue
            if count == 3500:
                break
        finally:
            if count % 997 == 0 or count == 3500:
                log.append(count)
    return count, log


print("finally range", finally_flow(range(5000)))
print("finally str", finally_flow("xy" * 2500))
print("finally list", finally_flow([0] * 3000))


def error_types_per_kind(xs):
    seen = {}
    for x in xs:
        try:
            if x == "é" or x == 5:
                raise TypeError("t")
            elif x == "a" or x == 6:
                [][1]
            elif x == "中" or x == 7:
                {}["k"]
            else:
                pass
        except (TypeError, IndexError, KeyError) as e:
            k = type(e).__name__
            seen[k] = seen.get(k, 0) + 1
    return sorted(seen.items())


print("types str", error_types_per_kind("éa中b" * 1000))
print("types list", error_types_per_kind([k % 10 for k in range(4000)]))
print("types range", error_types_per_kind(range(4000)))


def raise_in_enumerate_unpack(pairs):
    ok = 0
    bad = 0
    for i, item in enumerate(pairs):
        try:
            a, b = item
            ok += 1
        except ValueError:
            bad += 1
        except TypeError:
            bad += 100
    return ok, bad, i


print("unpack", raise_in_enumerate_unpack([(1, 2)] * 2000 + [(1,), (1, 2, 3), 5, "ab", "abc"] + [(3, 4)] * 1000))
