# Generators consumed by builtins
def nums(n):
    for i in range(n):
        yield (i * 7) % 5

def words():
    yield "pear"
    yield "fig"
    yield "banana"
    yield "kiwi"

print(list(nums(6)))
print(tuple(nums(4)))
print(sum(nums(10)))
print(sum(nums(10), 100))
print(min(nums(6)), max(nums(6)))
print(min(words(), key=len), max(words(), key=len))
print(max(nums(0), default="empty"))
print(sorted(nums(7)))
print(sorted(words(), key=lambda w: (len(w), w), reverse=True))
print(list(enumerate(words(), start=1)))
print(list(zip(words(), nums(10))))
print(any(x > 3 for x in nums(5)), all(nums(5)), all(nums(0)), any(nums(0)))
print("-".join(words()))
print(",".join(str(x) for x in nums(5)))
print(dict(zip(words(), nums(4))))
print(dict((w, len(w)) for w in words()))
print(set(nums(10)) == {0, 1, 2, 3, 4})
print(sorted(set(nums(10))))
print(list(map(str.upper, words())))
print(list(filter(lambda w: "a" in w, words())))
print(3 in nums(5), 9 in nums(5))
print(list(reversed(list(words()))))

def pairs():
    yield ("a", 1)
    yield ("b", 2)
    yield ["c", 3]
print(dict(pairs()))

a, b, c, d = words()
print(a, b, c, d)
first, *rest = nums(5)
print(first, rest)
print([*words(), *nums(2)])
print({w[0]: w for w in words()})
print(list(x * 2 for x in nums(4)))
it = iter(words())
print(next(it), next(it))
print(list(it))
e = enumerate(nums(3))
print(next(e), list(e))
