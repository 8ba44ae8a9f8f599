# KeyError message is repr of the key
keys = ["str", 1, 2.5, (1, "a"), None, True, "it's", 'say "hi"', "", -7, 10 ** 20]
d = {}
for k in keys:
    try:
        d[k]
    except KeyError as e:
        print(type(k).__name__, "str(e)=" + str(e), "repr(e)=" + repr(e), e.args)
try:
    del d["gone"]
except KeyError as e:
    print("del:", e)
try:
    d.pop(("x", 2))
except KeyError as e:
    print("pop:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    set().pop()
except KeyError as e:
    print("set pop:", e)
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("set remove:", e)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print("two args:", e, repr(e))
try:
    raise KeyError()
except KeyError as e:
    print("no args: [" + str(e) + "]", repr(e))
class K:
    def __repr__(self):
        return "<K>"
    def __hash__(self):
        return 1
try:
    {}[K()]
except KeyError as e:
    print("custom:", e)
print(f"{KeyError('f')}", str(KeyError(0)), str(KeyError("")))
