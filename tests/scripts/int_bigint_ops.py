# Big integer arithmetic
a = 2 ** 100
print(a)
print(a + 1, a - 1, a * a)
print(a // 3, a % 3, -a // 3, -a % 3)
print(divmod(a, 12345), divmod(-a, 12345))
print(a // (2 ** 50), a // -(2 ** 50))
b = 3 ** 80
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a)
print(a == 2 ** 100, a != b, a < b, a > b, a <= a)
print(a / 2 ** 90)
print(abs(-a), -a)
print(2 ** 64 - 1, 2 ** 64 + 1, (2 ** 64) * (2 ** 64))
c = 1
for i in range(1, 31):
    c *= i
print(c)
print(c // 10 ** 20, c % 10 ** 10)
print(pow(2, 200, 10 ** 9 + 7), pow(a, 5, b))
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(10 ** 30 + 5 * 10 ** 15)
x = 9223372036854775807
print(x + 1, x * 2, x * x, -x - 2)
print((x + 1) // 2 == 2 ** 62)
print(sum([2 ** 70, 2 ** 70, -2 ** 71]))
print(int(str(7 ** 77)) == 7 ** 77)
print(123456789 * 987654321 * 111111111)
print(-(10 ** 25) // 7, -(10 ** 25) % 7)
