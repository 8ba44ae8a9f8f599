# ends with TypeError: '<' not supported between instances of 'str' and 'int'
print(sorted([3, 1, 2]), sorted(["b", "a"]))
print(1 < 2.5, "a" < "b")
print(sorted([1, "a", 2]))
