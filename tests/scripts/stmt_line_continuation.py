# line continuation, brackets, semicolons, comments
total = 1 + \
    2 + \
    3
print(total)
values = [
    1, 2,
    3,  # a comment inside brackets
    4,
]
print(values)
result = (10
          * 2
          - 5)
print(result)
d = {
    "a": 1,
    "b": [
        2, 3,
    ],
}
print(d)
def f(a,
      b=2,
      *args,
      c=3):
    return a + b + c + sum(args)
print(f(1,
        5,
        10, 20,
        c=0))
if (1 < 2 and
        2 < 3):
    print("multi-line condition")
x = 1; y = 2; z = x + y
print(x, y, z)
s = "no comment # inside string"  # real comment
print(s)
long = [i for i in range(10)
        if i % 2
        if i > 3]
print(long)
cond = True \
    and not False
print(cond)
print("a", "b",
      sep="-")
