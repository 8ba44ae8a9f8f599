# ends with ZeroDivisionError from integer division
vals = [10, 5, 2, 1, 0]
for v in vals:
    print(100 // v if v > 1 else "skip", end=" ")
print()
print(7 // 2, -7 // 2, 7 % 3, -7 % 3)
print(2 ** 64 // 3, 2 ** 64 % 3)
total = 0
for v in vals:
    total += 60 // v
    print("total", total)
