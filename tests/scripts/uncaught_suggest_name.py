def summarize(values):
    total = 0
    for v in values:
        total += v
    return totl / len(values)


print('start')
print(summarize([1, 2, 3]))
