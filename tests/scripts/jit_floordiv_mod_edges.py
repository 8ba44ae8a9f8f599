def f(n):
    out = []
    vals = [7, -7, 0, 1, -1, 3, -3, 2**62, -2**62, -9223372036854775808, 9223372036854775807, 10**20]
    for a in vals:
        for b in vals:
            try:
                out.append((a // b, a % b))
            except ZeroDivisionError as e:
                out.append(str(e))
    t = 0
    for i in range(-n, n):
        t += i // 7 + i % 7 + (i * 3) // -5 - (i % -4)
    return out, t
print(f(3000))
print(f(10))
