# tuple comparison and sorting by multiple keys
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, 2.0) == (1, 2), max((1, 9), (2, 0)), min([(3, "c"), (3, "a")]))
people = [("smith", "john", 40), ("doe", "jane", 35), ("smith", "anna", 40), ("doe", "john", 20)]
print(sorted(people))
print(sorted(people, key=lambda p: (p[2], p[0])))
print(sorted(people, key=lambda p: (-p[2], p[1])))
people.sort(key=lambda p: p[1])
people.sort(key=lambda p: p[0])
print(people)
t = (5, 3, 8)
print(sorted(t), tuple(sorted(t)), t)
coords = [(2, 3), (1, 1), (2, 1), (0, 5)]
print(sorted(coords), sorted(coords, key=lambda c: c[1]), sorted(coords, key=lambda c: c[0] ** 2 + c[1] ** 2))
print([(a, b) for a, b in sorted(coords) if a == 2])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a"}[(1, 2)])
nested = ((1, (2, 3)), (1, (2, 2)))
print(sorted(nested), nested[0] > nested[1])
print((1, 2, 3).index(2), (1, 1, 2).count(1), len((1,) * 5))
