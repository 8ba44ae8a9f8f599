# generator expressions are lazy: count side effects
calls = []
def check(x):
    calls.append(x)
    return x > 3
print(any(check(x) for x in range(10)), calls)
calls.clear()
print(all(check(x) for x in [5, 6, 1, 7, 8]), calls)
calls.clear()
g = (check(x) for x in range(100))
print(calls)
print(next(g), next(g), calls)
calls.clear()
print(any([check(x) for x in range(6)]), calls)
calls.clear()
def src():
    for_calls.append("src")
    return [1, 2, 3]
for_calls = []
g2 = (v * 2 for v in src())
print(for_calls)
print(list(g2), list(g2))
calls.clear()
gen = (check(x) for x in range(10))
for r in gen:
    if r:
        break
print(calls, list(gen)[:2], calls[-1])
calls.clear()
print(next((x for x in range(100) if check(x)), None), calls)
calls.clear()
print(next((x for x in range(3) if check(x)), "none found"), calls)
evaluated = []
def val(x):
    evaluated.append(x)
    return x
g3 = (val(a) + val(b) for a in range(2) for b in range(10, 12))
print(evaluated, next(g3), evaluated)
print(list(g3), evaluated)
