# Exceptions raised and caught inside hot loops, many of them by specialised
# instructions (division by zero in an int/int or float/float division, a
# failing subscript, a failing attribute load, a failing call), with finally
# blocks, re-raising, nested handlers and break/continue/return across them.


def safe_div(xs, ys):
    out = []
    errs = 0
    for x, y in zip(xs, ys):
        try:
            out.append(x // y)
            out.append(x % y)
            out.append(x / y)
        except ZeroDivisionError as e:
            errs += 1
            if errs <= 3:
                print("ZeroDivisionError:", e)
    return sum(out), errs


n = 900
print(safe_div(list(range(n)), [(i % 7) for i in range(n)]))
print(safe_div([i * 0.5 for i in range(n)], [(i % 5) * 1.0 for i in range(n)]))
print(safe_div([2 ** 70 + i for i in range(n)], [(i % 3) for i in range(n)]))
print(safe_div([i for i in range(300)], [0.0 if i % 2 else 2 for i in range(300)]))


# The kind of exception changes mid-loop; handlers are chosen by class.
class AppError(Exception):
    pass


class DeepError(AppError):
    def __init__(self, depth):
        super().__init__("depth " + str(depth))
        self.depth = depth


def work(i):
    k = i % 9
    if k == 1:
        return [1, 2][i]
    if k == 2:
        return {"a": 1}["b" + str(i % 2)]
    if k == 3:
        return int("x" + str(i))
    if k == 4:
        return None + i
    if k == 5:
        raise DeepError(i)
    if k == 6:
        raise AppError("app " + str(i))
    if k == 7:
        return (1).missing
    if k == 8:
        return 1 / 0
    return i


def dispatch(n):
    counts = {}
    samples = []
    for i in range(n):
        try:
            work(i)
            name = "ok"
        except IndexError:
            name = "IndexError"
        except KeyError as e:
            name = "KeyError"
            if i < 20:
                samples.append(repr(e))
        except (ValueError, TypeError) as e:
            name = type(e).__name__
            if i < 20:
                samples.append(str(e))
        except DeepError as e:
            name = "DeepError"
            if e.depth < 20:
                samples.append(e.args)
        except AppError as e:
            name = "AppError"
        except LookupError:
            name = "never"
        except Exception as e:
            name = "other " + type(e).__name__
        counts[name] = counts.get(name, 0) + 1
    return sorted(counts.items()), samples


print(dispatch(900))


# finally blocks run on every path out of the loop body.
def with_finally(n):
    log = []
    total = 0
    for i in range(n):
        try:
            if i % 4 == 0:
                continue
            if i % 4 == 1:
                total += 1
            if i == n - 3:
                break
            if i % 4 == 2:
                raise ValueError(i)
        except ValueError:
            total += 10
        finally:
            total += 100
    log.append(total)
    return log


print(with_finally(500))


def return_in_finally_loop(n):
    count = 0
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise KeyError(i)
                count += 1
            finally:
                count += 2
        except KeyError:
            count -= 1
    return count


print(return_in_finally_loop(600))


# Re-raising and exception chaining inside a hot loop.
def chain(n):
    msgs = []
    for i in range(n):
        try:
            try:
                [][i]
            except IndexError as e:
                raise ValueError("wrapped " + str(i)) from e
        except ValueError as e:
            if i % 100 == 0:
                msgs.append((str(e), type(e.__cause__).__name__, str(e.__cause__)))
    return msgs


print(chain(300))


def reraise(n):
    seen = 0
    try:
        for i in range(n):
            try:
                if i == n - 1:
                    raise RuntimeError("last " + str(i))
                seen += 1
            except RuntimeError:
                seen += 1000
                raise
    except RuntimeError as e:
        return seen, str(e)


print(reraise(400))


# StopIteration from next() with and without a default in a loop.
def drain_next(n):
    it = iter(range(n))
    got = 0
    while True:
        try:
            next(it)
            got += 1
        except StopIteration:
            break
    return got, next(it, "done")


print(drain_next(700))


# assert and raising non-trivial exception objects in a loop.
def asserts(n):
    fails = []
    for i in range(n):
        try:
            assert i % 97 != 0, "multiple " + str(i)
            assert i != 500
        except AssertionError as e:
            fails.append(str(e))
    return fails


print(asserts(600))


# An exception escaping a deep call chain through hot frames.
def level(k, i):
    if k == 0:
        if i % 50 == 49:
            raise OverflowError("bottom " + str(i))
        return i
    return level(k - 1, i) + 1


def deep(n):
    t = 0
    caught = []
    for i in range(n):
        try:
            t += level(20, i)
        except OverflowError as e:
            caught.append(str(e))
    return t, caught[:3], len(caught)


print(deep(400))


# Exception variables are unbound after the handler.
def unbound_after():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)


print(unbound_after())
