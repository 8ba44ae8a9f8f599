# Big-int computations: pi digits via Machin, e digits, powers
def arctan_inv(x, digits):
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = 1
    while term:
        term //= x2
        n += 2
        sign = -sign
        total += sign * (term // n)
    return total
def pi_digits(d):
    p = 4 * (4 * arctan_inv(5, d) - arctan_inv(239, d))
    return p // 10 ** 10
pi = str(pi_digits(100))
print(pi[0] + "." + pi[1:])
def e_digits(d):
    scale = 10 ** (d + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** 10
e = str(e_digits(80))
print(e[0] + "." + e[1:])
print(2 ** 256)
print(3 ** 200 % (10 ** 12), 7 ** 123 // 7 ** 120)
print(sum(int(c) for c in str(2 ** 1000)))
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
s2 = isqrt_newton(2 * 10 ** 120)
print(str(s2)[:1] + "." + str(s2)[1:])
print(pi.count("9"), pi.find("999"), len(pi))
