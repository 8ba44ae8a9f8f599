# number theory: gcd/lcm, perfect numbers, digit sums, collatz
import math
def lcm(a, b):
    return a * b // math.gcd(a, b)
acc = 1
for i in range(1, 21):
    acc = lcm(acc, i)
print("lcm 1..20", acc)
def divisors(n):
    small, large = [], []
    d = 1
    while d * d <= n:
        if n % d == 0:
            small.append(d)
            if d != n // d:
                large.append(n // d)
        d += 1
    return small + large[::-1]
print(divisors(360), len(divisors(720720)))
perfect = [n for n in range(2, 2000) if sum(divisors(n)) - n == n]
print("perfect", perfect)
def digit_root(n):
    while n >= 10:
        n = sum(int(c) for c in str(n))
    return n
print([digit_root(n) for n in [0, 9, 38, 12345, 99999999999]])
def collatz_len(n):
    c = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
best = max(range(1, 1000), key=collatz_len)
print("longest collatz under 1000", best, collatz_len(best))
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
print(ext_gcd(240, 46), ext_gcd(17, 5), ext_gcd(2 ** 40, 3 ** 20))
amicable = [(a, sum(divisors(a)) - a) for a in range(2, 1300) if sum(divisors(sum(divisors(a)) - a)) - (sum(divisors(a)) - a) == a and sum(divisors(a)) - a > a]
print(amicable)
print([n for n in range(1, 50) if math.gcd(n, 48) == 1])
