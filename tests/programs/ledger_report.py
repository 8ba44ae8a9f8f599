"""Money arithmetic with integer cents, exact big-number interest and report formatting."""


def cents(text):
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("-").partition(".")
    frac = (frac + "00")[:2]
    return sign * (int(whole or "0") * 100 + int(frac))


def money(c):
    sign = "-" if c < 0 else ""
    d, m = divmod(abs(c), 100)
    return f"{sign}${d:,}.{m:02d}"


entries = [
    ("2024-01-03", "salary", "3200.00"), ("2024-01-04", "rent", "-1450"),
    ("2024-01-09", "groceries", "-86.4"), ("2024-01-15", "refund", "12.05"),
    ("2024-01-20", "groceries", "-102.99"), ("2024-01-28", "utilities", "-.5"),
    ("2024-02-01", "salary", "3200.00"), ("2024-02-02", "rent", "-1450.00"),
]
balance = 0
by_cat = {}
for date, cat, amount in entries:
    c = cents(amount)
    balance += c
    by_cat[cat] = by_cat.get(cat, 0) + c
    print(f"{date}  {cat:<10} {money(c):>12} {money(balance):>12}")
print("-" * 48)
for cat, total in sorted(by_cat.items(), key=lambda kv: (kv[1], kv[0])):
    share = total / balance
    print(f"{cat:<10} {money(total):>12} {share:>+9.2%} {share:>10.3e}")

# Compound interest exactly, with integers: 5% a year for 40 years on 1 cent,
# then the same with floats, and the gap.
num, den = 1, 1
for _ in range(40):
    num *= 105
    den *= 100
exact = num / den
approx = 1.05 ** 40
print(num, den, len(str(num)), exact == approx, round(exact, 6), round(approx, 6))
print(f"{exact:.15g} {approx!r} {abs(exact - approx):.1e}")
print(divmod(num, den), num // den, num % den, -num // den, -num % den)
print(pow(105, 40, 97), pow(105, -1, 97), (105 * pow(105, -1, 97)) % 97)

# Rounding rules users trip over.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125]:
    print(x, round(x), round(x, 2), f"{x:.2f}", f"{x:.0f}", int(x), -x // 1, x % 1)
for n in [1234, 1250, 1350, -1250, 15, 25]:
    print(n, round(n, -1), round(n, -2), round(n, 1))
print(round(True), abs(-False), True + True, sum([True, True, False]), hex(-255), bin(-5), oct(-8))
print(int("0x1F", 0), int("0b1010", 0), int("1_000", 0), int("zz", 36), int("  -42  "), int("+7"))
big = 2 ** 100
print(big, float(big), big == float(big), big + 1 == float(big + 1), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 / 3, 10 ** 20 // 3, 7.5 // -2, 7.5 % -2, -7 // 2, -7 % 2, divmod(-7.5, 2))
