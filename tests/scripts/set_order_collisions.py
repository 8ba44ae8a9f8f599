# Elements whose hashes collide: multiples of the table size, -1 and -2 (both hash
# to -2), 2**61 - 1 (hashes to 0), floats equal to ints, tuples.
print({0, 8, 16, 24}, {24, 16, 8, 0})
print({-1, -2, 0, 1}, {-2, -1, 1, 0})
print({2**61 - 1, 0}, {0, 2**61 - 1}, {2**61, 1}, {1, 2**61})
print({2**61 - 1, 0, 2**61, 1, 2**62, 2**63, -2**63, 2**64})
print({x * 2**61 for x in range(-3, 4)})
print({x * 64 for x in range(20)}, {x * 64 for x in range(19, -1, -1)})
print({x * 1024 + 1 for x in range(12)})
print({1.0, 1, True}, {0, 0.0, False, -0.0}, {-0.0, 0.0})
print({0.5, 2**60, 1.5})
print({(0, 0), (0, 1), (1, 0), (1, 1), (2, 2)})
print({(), (0,), (0, 0), (0, 0, 0)})
s = set()
for i in range(40):
    s.add(i * 8)
    s.discard((i - 3) * 8)
print(s)
t = set()
for v in [0, 8, 16, 24, 32]:
    t.add(v)
t.discard(0)
t.discard(8)
t.add(40)
t.add(0)
print(t)
m = {2**61 - 1 + i for i in range(-4, 5)}
print(m)
print({-(2**61) + i for i in range(5)})
print(set([2**64, 2**65, 2**66, 2**67, 1, 2, 4, 8]))
k = {i * 8 for i in range(5)}
print(k & {16, 0, 32}, {32, 0, 16} & k, k - {8}, k ^ {8, 48})
