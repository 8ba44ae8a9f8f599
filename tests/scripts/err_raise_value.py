# ends with an explicit raise ValueError("bad")
def check(n):
    if n < 0:
        raise ValueError("bad")
    return n * 2
print(check(1), check(0))
for v in [0, 1, 2]:
    print(v, check(v))
try:
    check(-5)
except ValueError as e:
    print("caught first:", e)
for v in [3, 2, -1, 5]:
    print("checked", check(v))
