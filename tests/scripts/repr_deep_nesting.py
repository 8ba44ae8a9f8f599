x = []
for i in range(900):
    x = [x]
print(len(repr(x)), len(str(x)))
t = None
for i in range(500):
    t = (i, t)
print(len(repr(t)), len(f"{t}"))
d = {}
for i in range(400):
    d = {"k": d}
print(len(repr(d)))
y = []
for i in range(5000):
    y = [y]
try:
    repr(y)
except RecursionError as e:
    print("RecursionError", e)
