# StopIteration caught around next()
it = iter([10, 20])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("exhausted")
        break
    print("got", v)
def take(iterator, n):
    out = []
    for _ in range(n):
        try:
            out.append(next(iterator))
        except StopIteration:
            break
    return out
src = iter(range(7))
print(take(src, 3), take(src, 3), take(src, 3), take(src, 3))
try:
    next(iter(""))
except StopIteration as e:
    print("StopIteration", repr(str(e)), type(e).__name__)
m = map(int, ["1", "2"])
print(next(m), next(m), next(m, "done"))
z = zip("ab", [1])
print(next(z))
try:
    next(z)
except StopIteration:
    print("zip done")
