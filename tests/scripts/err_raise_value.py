# ends with an explicit raise ValueError("bad")
def check(n):
    if n < 0:
        raise ValueError("bad")
    return n * 2
print(check(1), check(0))
for v in [3, 2, -1, 5]:
    print("checked", check(v))
