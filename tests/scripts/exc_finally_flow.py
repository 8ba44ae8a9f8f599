# finally with break/continue/return and nested handlers
def trace(kind):
    events = []
    try:
        events.append("start")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "return":
            return events + ["early return"]
        events.append("body done")
    except ValueError as e:
        events.append("handled " + type(e).__name__)
    finally:
        events.append("cleanup")
    events.append("after")
    return events
for k in ["none", "value", "return"]:
    print(k, trace(k))
try:
    trace("key")
except KeyError as e:
    print("propagated", type(e).__name__, e)
results = []
for i in range(6):
    try:
        if i % 3 == 0:
            raise ZeroDivisionError("mod three")
        results.append(i)
    except ZeroDivisionError:
        results.append("z")
        continue
    finally:
        results.append("f")
print(results)
def lookup(d, keys):
    out = []
    for k in keys:
        try:
            out.append(d[k])
        except KeyError:
            out.append(None)
        else:
            out.append("hit")
    return out
print(lookup({"a": 1, "b": 2}, ["a", "x", "b"]))
depth = []
def recurse(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        recurse(n - 1)
    finally:
        depth.append(n)
try:
    recurse(4)
except IndexError as e:
    print("unwound", depth, e)
