# truthiness of values in conditions
values = [0, 1, -1, 0.0, 0.1, -0.0, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), {0},
          None, True, False, range(0), range(1), float("nan"), 10 ** 100]
for v in values:
    r = "T" if v else "F"
    print(f"{repr(v):>20} {r} {bool(v)} {not v}")
print(sum(1 for v in values if v), sum(1 for v in values if not v))
print([v for v in [0, 1, "", "a", None, [], [1]] if v])
count = 0
lst = [3, 2, 1]
while lst:
    lst.pop()
    count += 1
print(count)
s = "abc"
while s:
    print(s)
    s = s[1:]
