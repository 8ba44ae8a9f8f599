def firsts(groups):
    its = [iter(g) for g in groups]
    return list(next(it) for it in its)
print(firsts([[1, 2], [3]]))
try:
    print(firsts([[1], []]))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
print(sum(x for x in range(5)))
print(list(next(iter([])) if False else i for i in range(3)))
firsts([[1], []])
