# positional, keyword, default args
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, 5), f(1, 2, 5, 6), f(1, b=7), f(a=1, b=2, d=9), f(1, 2, d=0, c=-1))
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=4))
DEFAULT = 10
def uses_default(x=DEFAULT):
    return x
DEFAULT = 20
print(uses_default(), DEFAULT)
def none_default(items=None):
    if items is None:
        items = []
    items.append(len(items))
    return items
print(none_default(), none_default(), none_default([9]))
def no_return():
    x = 1
print(no_return())
def early(n):
    if n < 0:
        return "neg"
    return
print(early(-1), early(1))
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r))
a, b, c = multi()
print(a, b, c)
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1), annotated(2, y="t"))
counter: int = 0
counter += 1
print(counter)
def k(a, b):
    return a - b
print(k(b=1, a=10), k(10, b=1))
