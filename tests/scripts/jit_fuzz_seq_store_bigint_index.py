# Storing into a tuple or str with an index that does not fit in a machine
# word: CPython converts the index first and raises IndexError ("cannot fit
# 'int' into an index-sized integer") before noticing the type has no item
# assignment. A small index gives the TypeError. Called hot so tier 2 sees it.
def store(xs, i, v):
    xs[i] = v
    return xs[i]


def call(*a):
    try:
        return repr(store(*a))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


for _ in range(3000):
    r = call((1, 2), 2**63, 0)
print(r)
for xs in [(1, 2), 'abc']:
    for i in [2**63, -2**63 - 1, 2**100, 0, -1, 5]:
        print(repr(xs), i, call(xs, i, 'v'))
