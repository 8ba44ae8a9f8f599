# ends with ZeroDivisionError from true division by float zero
x = 1.5
print(x / 3, x / 0.5)
print(1.0 / 3.0, -2.5 / 0.5, 1e300 / 1e-10)
print(7.0 // 2.0, 7.0 % 2.0, 0.0 / 1.0)
denoms = [2.0, 1.0, 0.0]
for d in denoms:
    print("dividing by", d)
    print(x / d)
