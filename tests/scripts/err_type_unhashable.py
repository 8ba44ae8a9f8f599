# ends with TypeError: unhashable type: 'list'
d = {(1, 2): "tuple ok"}
print(d[(1, 2)])
s = {1, 2}
print(sorted(s))
d[(3, 4)] = "another"
print(d, len(d))
print({1, 2, (3, 4)} == {(3, 4), 2, 1}, hash((1, 2)) == hash((1, 2)))
keys = [(1,), (1, 2), ()]
print({k: len(k) for k in keys})
d[[1, 2]] = "list"
