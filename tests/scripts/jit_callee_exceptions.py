# Exceptions raised in callees (themselves hot, so compiled) and caught in a
# hot loop of the caller; an exception escaping a hot function and caught by
# its caller; user exception classes; re-raise and raise ... from.


class AppError(Exception):
    pass


class LimitError(AppError):
    def __init__(self, value):
        super().__init__("limit " + str(value))
        self.value = value


def check(v):
    if v > 2500:
        raise LimitError(v)
    if v % 997 == 0 and v > 0:
        raise AppError("multiple of 997: " + str(v))
    return v * 2


def caller_loop(n):
    total = 0
    events = []
    for i in range(n):
        try:
            total += check(i)
        except LimitError as e:
            events.append(("limit", e.value))
            if len(events) > 4:
                break
        except AppError as e:
            events.append(("app", str(e)))
    return total, events


print("caller_loop", caller_loop(3000))


def nested_callee(x):
    return helper(x) + 1


def helper(x):
    if x == 1777:
        raise ValueError("bad value " + str(x))
    return [1, 2, 3][x % 4]


def deep_catch(n):
    s = 0
    caught = []
    for i in range(n):
        try:
            s += nested_callee(i)
        except IndexError as e:
            if len(caught) < 2:
                caught.append(("IndexError", str(e)))
        except ValueError as e:
            caught.append(("ValueError", str(e)))
    return s, caught


print("deep_catch", deep_catch(2000))


def hot_then_escape(n):
    acc = 0
    for i in range(n):
        acc += i
        if i == 2200:
            raise RuntimeError("escaped at " + str(i) + " acc=" + str(acc))
    return acc


for n in (1000, 2500):
    try:
        print("hot_then_escape", hot_then_escape(n))
    except Exception as e:
        print("hot_then_escape raised", type(e).__name__, e)


def escape_from_nested(n):
    for i in range(n):
        for j in range(3):
            if i * 3 + j == 5000:
                return {"a": 1}["missing"]
    return "done"


for n in (100, 2000):
    try:
        print("escape_from_nested", escape_from_nested(n))
    except Exception as e:
        print("escape_from_nested raised", type(e).__name__, e)


def reraise(n):
    count = 0
    for i in range(n):
        try:
            try:
                if i % 600 == 599:
                    raise KeyError(i)
                count += 1
            except KeyError:
                count += 1000
                raise
        except KeyError as e:
            count += 1
            last = e
    return count, repr(last)


print("reraise", reraise(2400))


def chained(n):
    out = []
    for i in range(n):
        try:
            try:
                x = 10 // (i - 1800)
            except ZeroDivisionError as e:
                raise AppError("wrapped") from e
        except AppError as e:
            out.append((i, str(e), type(e.__cause__).__name__))
    return out


print("chained", chained(2000))


def callee_type_error(x):
    return x + 1


def type_errors(n):
    bad = 0
    vals = list(range(n))
    vals[1500] = "s"
    vals[1900] = None
    s = 0
    for v in vals:
        try:
            s += callee_type_error(v)
        except TypeError as e:
            bad += 1
            print("  TypeError:", e)
    return s, bad


print("type_errors", type_errors(2200))


def exception_objects(n):
    kept = []
    for i in range(n):
        try:
            raise AppError("e" + str(i))
        except AppError as e:
            if i % 700 == 0:
                kept.append(e)
    return [str(e) for e in kept], [type(e).__name__ for e in kept]


print("exception_objects", exception_objects(2200))


def assert_in_loop(n):
    fails = 0
    for i in range(n):
        try:
            assert i % 1000 != 999, "bad " + str(i)
        except AssertionError as e:
            fails += 1
            print("  AssertionError:", e)
    return fails


print("assert_in_loop", assert_in_loop(2500))
