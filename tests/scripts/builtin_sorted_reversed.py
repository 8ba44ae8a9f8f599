# sorted and reversed
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(list(reversed(data)), list(reversed("abc")), list(reversed((1, 2, 3))))
print(list(reversed(range(0, 10, 3))), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), next(r), list(r))
print("".join(reversed("stressed")))
print(sorted("Hello"), sorted("Hello", key=str.lower))
print(sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted([-3, 2, -1], key=abs), sorted([-3, 2, -1], key=lambda v: -v))
print(sorted([[3, 'c'], [1, 'z'], [1, 'a']]))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(sorted([1.5, -2, 0, True, False]))
for x in reversed(["a", "b", "c"]):
    print(x)
d = {"x": 1, "y": 2, "z": 3}
print(list(reversed(list(d.items()))))
scores = {"ann": 90, "bob": 85, "cy": 90, "di": 70}
ranked = sorted(scores, key=lambda n: (-scores[n], n))
print(ranked)
print(sorted(range(-5, 5), key=lambda v: v * v))
