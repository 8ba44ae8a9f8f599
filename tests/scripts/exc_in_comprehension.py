# exceptions inside comprehensions and generator expressions
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print([safe_div(10, x) for x in [1, 0, 4]])
try:
    print([10 // x for x in [1, 2, 0, 5]])
except ZeroDivisionError as e:
    print("listcomp:", e)
seen = []
try:
    total = sum(seen.append(x) or 10 // x for x in [5, 2, 0, 1])
except ZeroDivisionError as e:
    print("genexp stopped at", seen, e)
try:
    d = {k: int(k) for k in ["1", "2", "x"]}
except ValueError as e:
    print("dictcomp:", e)
try:
    s = {[x] for x in range(2)}
except TypeError as e:
    print("setcomp:", e)
g = (1 // x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("lazy error on second next:", e)
try:
    next(g)
except StopIteration:
    print("generator finished after error")
def parse_all(items):
    result = []
    for it in items:
        try:
            result.append([int(p) for p in it.split(",")])
        except ValueError as e:
            result.append(str(e))
    return result
print(parse_all(["1,2", "3,a", "4"]))
print(all(x > 0 for x in [1, -1, 3]))
try:
    any(1 / x for x in [0, 1])
except ZeroDivisionError:
    print("any propagated")
