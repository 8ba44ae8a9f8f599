# float accumulation and representation
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(sum([0.1] * 10), 0.1 * 10)
vals = [1e16, 1.0, -1e16]
print(sum(vals), 1e16 + 1.0 - 1e16, (1e16 - 1e16) + 1.0)
x = 1.0
n = 0
while 1.0 + x != 1.0:
    x /= 2
    n += 1
print("epsilon", x * 2, n)
h = 0.0
for k in range(1, 1001):
    h += 1 / k
print("H1000", h)
print(3 * 0.1, 0.3, 3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-15)
print(1 / 7, 100 / 7, 1e10 / 7, 1e-10 / 7)
print(2 ** 0.5 * 2 ** 0.5, (2 ** 0.5) ** 2 == 2)
c = 0.0
for i in range(1, 21):
    c += (-1) ** (i + 1) / (2 * i - 1)
print("leibniz20", 4 * c)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
print(1.1 + 2.2, 3.3 * 3, 1.15 * 100, 2.675 * 100)
print(9.95, 9.95 * 10, 0.1 ** 10, 10.0 ** 15, 10.0 ** 16)
print([i / 10 for i in range(11)])
print([round(i * 0.1, 1) for i in range(11)])
print(float(1 << 60), float((1 << 60) + 1), 1e15 + 0.25, 123.456e-300)
print(5e-324 / 2, 1.7976931348623157e308 * 1.0000001, -5e-324)
