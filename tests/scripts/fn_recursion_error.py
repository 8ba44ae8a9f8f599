# RecursionError is catchable and the engine keeps working afterwards
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError caught:", type(e).__name__, isinstance(e, RuntimeError))
print("still alive", sum(range(10)))
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print(deep(200))
for attempt in range(3):
    try:
        forever(0)
    except RecursionError:
        print("caught again", attempt)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RuntimeError as e:
    print("mutual:", type(e).__name__)
class Node:
    def __init__(self):
        self.child = self
    def size(self):
        return 1 + self.child.size()
try:
    Node().size()
except RecursionError:
    print("method recursion caught")
cleanups = []
def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        if n % 100 == 0:
            cleanups.append(n)
try:
    with_finally(0)
except RecursionError:
    print("finally blocks ran:", cleanups[:3], len(cleanups) > 3)
print(deep(300), [deep(i) for i in range(5)])
def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        return n
r = guarded(0)
print("guarded returned a positive depth:", r > 50)
print("done")
