# ends with ZeroDivisionError from true division by float zero
x = 1.5
print(x / 3, x / 0.5)
denoms = [2.0, 1.0, 0.0]
for d in denoms:
    print("dividing by", d)
    print(x / d)
