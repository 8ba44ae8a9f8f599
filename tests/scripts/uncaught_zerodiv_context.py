# ends with an uncaught exception raised while handling another (implicit context)
def ratio(a, b):
    return a / b
def report(pairs):
    for a, b in pairs:
        try:
            print(a, b, ratio(a, b))
        except ZeroDivisionError:
            print("zero for", a)
            fallback = {}
            print(fallback[a])
report([(1, 2), (3, 4), (5, 0), (6, 1)])
