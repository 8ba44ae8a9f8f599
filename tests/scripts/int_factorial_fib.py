# Factorials and fibonacci into big ints
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in [0, 1, 5, 10, 20, 21, 25, 50]:
    print(n, fact(n))
print(fact(100))
print(len(str(fact(200))))
s = 0
for ch in str(fact(100)):
    s += int(ch)
print("digit sum", s)
a, b = 0, 1
for i in range(100):
    a, b = b, a + b
print("fib100", a)
fibs = [0, 1]
while len(fibs) < 95:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[90], fibs[91], fibs[92], fibs[93], fibs[94])
print(fibs[93] > 2 ** 63, fibs[92] < 2 ** 63)
print(fact(30) // fact(28), fact(52) // (fact(5) * fact(47)))
print(fact(25) % 1000000007)
