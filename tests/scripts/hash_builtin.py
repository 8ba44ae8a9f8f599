# hash of small ints, equal int/float/bool
print(hash(0), hash(1), hash(-1), hash(-2), hash(100), hash(2 ** 20))
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(1.5), hash(-1.5), hash(0.5))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62), hash(-(2 ** 61)))
print(hash(10 ** 20), hash(-10 ** 20))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(None) == hash(None))
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
d2 = {}
d2[0] = 'a'
d2[False] = 'b'
d2[0.0] = 'c'
print(d2, len(d2))
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print(hash(3) == 3, hash(123456789) == 123456789)
print(isinstance(hash("abc"), int), hash("abc") == hash("ab" + "c"))
