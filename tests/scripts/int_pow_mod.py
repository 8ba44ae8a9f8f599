# pow with 3 args, modular arithmetic
M = 10 ** 9 + 7
print(pow(2, 10, 1000), pow(3, 200, M), pow(10, 18, 7), pow(0, 0, 5), pow(5, 0, 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-7, 2, 10), pow(123456789, 987654321, M))
print(pow(2, 10 ** 18, M), pow(7, 2 ** 64, 13))
def modpow(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(all(modpow(b, e, m) == pow(b, e, m) for b in range(1, 20) for e in range(0, 30, 7) for m in (2, 7, 1000)))
print(pow(3, -1, 7), pow(2, -1, M), pow(10, -2, 13))
def inv(a, m):
    return pow(a, m - 2, m)
print(inv(3, 7), inv(2, M) * 2 % M)
fact = [1] * 21
for i in range(1, 21):
    fact[i] = fact[i - 1] * i % M
print(fact[10], fact[20])
def ncr(n, r):
    return fact[n] * pow(fact[r], M - 2, M) * pow(fact[n - r], M - 2, M) % M
print([ncr(10, r) for r in range(11)])
print(pow(2, 0.5), pow(4, -1), pow(2.5, 2), pow(True, 5))
def is_probable_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(90, 130) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(10 ** 18 + 9))
