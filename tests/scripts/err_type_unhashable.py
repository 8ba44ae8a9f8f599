# ends with TypeError: unhashable type: 'list'
d = {(1, 2): "tuple ok"}
print(d[(1, 2)])
s = {1, 2}
print(sorted(s))
d[[1, 2]] = "list"
