"""Toy RSA with big integers: primality testing, modular inverses, encode/decode."""
import random


def is_probable_prime(n, rng, rounds=20):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def random_prime(bits, rng):
    while True:
        candidate = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        if is_probable_prime(candidate, rng):
            return candidate


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def text_to_int(text):
    n = 0
    for ch in text:
        n = n * 256 + ord(ch)
    return n


def int_to_text(n):
    chars = []
    while n:
        n, r = divmod(n, 256)
        chars.append(chr(r))
    return "".join(reversed(chars))


rng = random.Random(12345)
p = random_prime(128, rng)
q = random_prime(128, rng)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print(p)
print(q)
print(n, n.bit_length(), len(str(n)))
print(d == pow(e, -1, phi), e * d % phi)
msg = "Hello, RSA!"
m = text_to_int(msg)
c = pow(m, e, n)
print(m, hex(m))
print(c)
print(int_to_text(pow(c, d, n)))
sig = pow(text_to_int("sig"), d, n)
print(pow(sig, e, n) == text_to_int("sig"), sig % 1000003)
print([x for x in range(2, 80) if is_probable_prime(x, rng)])
print(is_probable_prime(2 ** 127 - 1, rng), is_probable_prime(2 ** 128 + 1, rng), is_probable_prime(561, rng))
print(egcd(240, 46), modinv(3, 11), modinv(10, 17))
try:
    modinv(6, 9)
except ValueError as exc:
    print("ValueError:", exc)
big = 2 ** 521 - 1
print(is_probable_prime(big, rng), str(big)[:10], str(big)[-10:], big % 97, -big // 10 ** 150, divmod(big, 10 ** 140)[1] % 1000)
print(f"{n:,}"[:20], f"{n:x}"[:16], f"{n:e}", float(n), n > 1e76, n / 3.0 > 1e76, (n >> 200) << 200 == n, n & (n - 1) > 0)
print(sum(int(c) for c in str(2 ** 1000)), 3 ** 100 // 2 ** 100, (-3) ** 101 % 1000, -(3 ** 101) % 1000, pow(-3, 101, 1000))
print(int("1" * 40, 2), int("z" * 20, 36), hex(-(2 ** 100)), bin(2 ** 65)[:8], oct(8 ** 30)[:6], (2 ** 100).bit_length())
