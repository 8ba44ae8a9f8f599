# table of floor division and modulo signs
for a in [7, -7, 6, -6, 0]:
    row = []
    for b in [3, -3, 2, -2]:
        q, r = a // b, a % b
        assert q * b + r == a
        row.append(f"{a:>3}//{b:>2}={q:>3} {a:>3}%{b:>2}={r:>3}")
    print(" | ".join(row))
for a in [7.5, -7.5]:
    for b in [2, -2, 2.5]:
        print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 20 + 7
for b in [3, -3, 10 ** 10, -(10 ** 10)]:
    print(big // b, big % b, -big // b, -big % b)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(-(2 ** 64) // 3, -(2 ** 64) % 3, (2 ** 64) // -3)
print(int(-7 / 2), -7 // 2, round(-7 / 2))
print([i % 5 for i in range(-7, 8)])
print([i // 3 for i in range(-7, 8)])
