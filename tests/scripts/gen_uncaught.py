# Ends with an uncaught RuntimeError (PEP 479) escaping a generator
def reader(data):
    it = iter(data)
    while True:
        item = next(it)
        print("read", item)
        yield item.upper()

def consume(gen):
    out = []
    for w in gen:
        out.append(w)
        print("collected", out)
    return out

print("start")
g = reader(["ab", "cd"])
print(next(g))
try:
    consume(reader([]))
except RuntimeError as e:
    print("caught once:", type(e).__name__, e)
print(consume(g))
print("never printed")
