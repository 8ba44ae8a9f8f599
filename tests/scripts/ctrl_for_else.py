# for/else with break/continue, nested loops
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty for else")
for c in "hello":
    if c == "l":
        continue
    print(c)
found = None
for i, v in enumerate([4, 8, 15, 16, 23, 42]):
    if v > 15:
        found = (i, v)
        break
print("found", found)
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
for i in range(3):
    pass
print("i after loop", i)
for row in [[1, 2], [3, 4]]:
    for val in row:
        print(val, end=" ")
    print()
target = 7
for a in range(5):
    for b in range(5):
        if a + b == target:
            print("pair", a, b)
            break
    else:
        continue
    break
print("done")
lst = [1, 2, 3]
for item in lst:
    lst = lst + [item]
print(lst)
