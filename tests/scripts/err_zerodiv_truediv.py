# ends with ZeroDivisionError: division by zero (int true division)
nums = [4, 2, 1]
print([12 / n for n in nums])
avg_of_empty = sum([]) / len([])
print(avg_of_empty)
