# except LookupError catches KeyError and IndexError
def get(container, key):
    try:
        return container[key]
    except LookupError as e:
        return "Lookup:" + type(e).__name__ + ":" + str(e)

print(get({"a": 1}, "a"))
print(get({"a": 1}, "b"))
print(get([1, 2], 5))
print(get([1, 2], -3))
print(get("abc", 3))
print(get((1,), 1))
print(get({1: 2}, 2))
print(get(range(3), 3))
for exc in [KeyError("k"), IndexError("i"), LookupError("l")]:
    try:
        raise exc
    except LookupError as e:
        print("caught", type(e).__name__, isinstance(e, LookupError), isinstance(e, KeyError))
try:
    {}.pop("x")
except LookupError as e:
    print("pop:", type(e).__name__, e)
try:
    [].pop()
except LookupError as e:
    print("list pop:", type(e).__name__, e)
try:
    [1, 2, 3].index(9)
except LookupError:
    print("not a LookupError")
except ValueError as e:
    print("ValueError:", e)
try:
    try:
        {}["missing"]
    except IndexError:
        print("wrong handler")
except KeyError as e:
    print("outer KeyError", e)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(LookupError, Exception))
try:
    raise KeyError
except LookupError as e:
    print("bare class raised", repr(e), e.args)
