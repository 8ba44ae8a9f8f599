# exceptions handled inside loops and functions
raw = ["10", "x", "3.5", "-2", "", "7"]
good = []
bad = []
for r in raw:
    try:
        good.append(int(r))
    except ValueError as e:
        bad.append(str(e))
print(good)
for b in bad:
    print(b)
data = {"a": 1, "c": 3}
for k in "abcd":
    try:
        print(k, data[k])
    except KeyError as e:
        print(k, "missing", e)
def first_even(items):
    for x in items:
        try:
            if x % 2 == 0:
                return x
        except TypeError:
            print("skipping", repr(x))
    return None
print(first_even([1, "s", None, 3, 8, 10]))
totals = []
for denom in [3, 0, -2, 0.0]:
    try:
        totals.append(12 / denom)
    except ZeroDivisionError as e:
        totals.append(str(e))
print(totals)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ValueError("try again " + str(attempts))
        print("succeeded after", attempts)
        break
    except ValueError as e:
        print(e)
