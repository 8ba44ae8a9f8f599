"""Sales report exercising f-string format specs."""

sales = [
    ("North", "Widget", 1200, 3.5),
    ("North", "Gadget", 85, 120.0),
    ("South", "Widget", 310, 3.75),
    ("East", "Gizmo", 4, 9999.99),
    ("West", "Widget", 0, 3.5),
    ("South", "Gadget", 1234567, 0.015),
    ("East", "Widget", 77, -2.5),
]

print(f"{'Region':<8}|{'Product':^10}|{'Units':>9}|{'Price':>10}|{'Revenue':>16}")
print("-" * 57)
totals = {}
for region, product, units, price in sales:
    revenue = units * price
    totals[region] = totals.get(region, 0) + revenue
    print(f"{region:<8}|{product:^10}|{units:>9,}|{price:>10.2f}|{revenue:>16,.2f}")
print("=" * 57)

grand = sum(totals.values())
for region, amount in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    share = amount / grand
    bar = "#" * int(share * 40)
    print(f"{region:.<10}{amount:>14,.1f} {share:>8.2%} {bar}")

print(f"grand total: {grand:,.3f} / {grand:e} / {grand:.3e} / {grand:g} / {grand:.10g}")

codes = [0, 7, 42, 255, 4096, 65535, -1, -255]
for c in codes:
    print(f"{c:>6d} {c:05d} {c:+d} {c:x} {c:X} {c:#x} {c:o} {c:#o} {c:b} {c:#010b} {c:_}")

print(f"{123456789:_d} {123456789:,} {1234.5:_.2f} {0.000123:.2e} {1e22:,.0f}")
print(f"{3.14159:10.3f}|{3.14159:<10.3f}|{3.14159:^10.3f}|{3.14159:*^12.1f}|")
print(f"{-3.14159:010.2f}|{3.14159:+.1f}|{3.14159: .1f}|{-0.0:.1f}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}")
print(f"{'abc':*>7}|{'abc':-<7}|{'abc':^8}|{'abcdefgh':.3}|{'x':>{5}}|{'q':{'^'}{7}}")
print(f"{True}|{True!r}|{None!s}|{'hi'!r:>8}|{3:>5}|{True:>5}|{1.0:>6}")
width, prec = 12, 4
print(f"{2 / 3:{width}.{prec}f}|{2 / 3:<{width}}|{10 ** 6:>{width},}")
print(f"{0.1:%} {0.125:.1%} {1:.0%} {-0.5:%} {12.5:,.0%}")
print(f"{1e-5} {1e16} {1.5e300 * 1e10} {-1e-7:f} {123456789012345678.0} {2 ** 53 + 1.0}")
print(f"{12345.6789:.2g} {0.0001234:g} {123456789.0:g} {100000.0:g} {1000000.0:g} {1e-4:g} {1e-5:g}")
print(f"{3:.2f} {7:e} {-12:08.3f} {255:c}{66:c}")
print(format(1234.5678, ",.2f"), format(42, "08b"), format("left", "<10") + "|", format(3.0))
print("{:>8} {:<8} {:^8}|".format("a", "b", "c"), "{0}{1}{0}".format("x", "y"), "{name}-{n:03}".format(name="id", n=7))
print("{:,}".format(10 ** 20), "{:.3f}".format(2 ** 0.5), "{!r}".format("q"), "{{literal}}".format())
print(f"{'nested ' + f'{1 + 1}'}", f"{[x * 2 for x in range(3)]}", f"{ {'a': 1}['a'] }", f"{'%'}")
print(f"{1234567.891:,.2f}".replace(",", " "), f"{-1234567:,}", f"{-0.004:.2f}", f"{1e100:.3g}")
