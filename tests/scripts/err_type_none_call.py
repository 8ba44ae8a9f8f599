# ends with TypeError: 'NoneType' object is not callable
def get_handler(name):
    handlers = {"ok": lambda: "handled"}
    return handlers.get(name)
print(get_handler("ok")())
h = get_handler("missing")
print(h)
fns = [len, str.upper, lambda v: v]
print([f("abc") for f in fns])
print(callable(h), callable(get_handler), h is None)
h()
