class P:
    pass
p, q = P(), P()
calls = [
    lambda: object().__lt__(1, 2),
    lambda: p.__eq__(),
    lambda: p.__eq__(p),
    lambda: p.__eq__(q),
    lambda: p.__ne__(q),
    lambda: p.__ne__(p),
    lambda: p.__ne__(),
    lambda: p.__ne__(1, 2),
    lambda: p.__lt__(q),
    lambda: p.__ge__(),
    lambda: p.__le__(q, x=1),
    lambda: p.__gt__(q, q, q),
    lambda: object.__eq__(p, p),
    lambda: object.__lt__(p),
    lambda: p < q,
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print(sorted([3, 1, 2]))
