# ends with ZeroDivisionError: division by zero (int true division)
nums = [4, 2, 1]
print([12 / n for n in nums])
print(1 / 2, 7 / 7, -1 / 3, 2 ** 60 / 2 ** 59)
print(0 / 5, 0.0 / -1, 10 / 4)
def mean(xs):
    return sum(xs) / len(xs)
print(mean([1, 2, 3, 4]), mean([2.5]))
for d in [1, 2, 4, 8]:
    print(d, 1 / d)
avg_of_empty = sum([]) / len([])
print(avg_of_empty)
