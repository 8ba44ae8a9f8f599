# f-string report formatting with nested spec fields
rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 1234.5678), ("Nut", 1000, 0.05)]
w = max(len(r[0]) for r in rows)
print(f"{'Item':<{w}} | {'Qty':>5} | {'Price':>10} | {'Total':>12}")
print("-" * (w + 36))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{w}} | {qty:>5,} | {price:>10.2f} | {total:>12,.2f}")
print(f"{'TOTAL':<{w}} | {'':>5} | {'':>10} | {grand:>12,.2f}")
for align in "<^>":
    print(f"[{'mid':{align}9}] [{42:{align}9}] [{2.5:{align}9.3f}]")
for fill in "*-0":
    print(f"[{7:{fill}>6}] [{'ab':{fill}^6}]")
for prec in range(5):
    print(f"{prec}: {3.14159265:.{prec}f} {1234.5:.{prec}e} {0.000123456:.{prec}g}")
pct = [0.0, 0.05, 0.123, 0.5, 1.0, 1.2345]
print(" ".join(f"{p:.1%}" for p in pct))
print(" ".join(f"{p:>7.2%}" for p in pct))
for n in [0, 1, 255, 4096, 65535, -1]:
    print(f"{n:>6d} {n:>#8x} {n:>#10o} {n:>#18b} {n:04X}")
print(f"{12345678.9:,.1f} {-9876543:,} {0.5:,.3f} {1e10:,.0f}")
print(f"{123.456:g} {1e-10:g} {123456789:g} {1.0:g} {1.5e300:g} {0.0001:g}")
print(f"{1234.5:.3g} {0.00012345:.2g} {99999:.3g} {5e-5:e}")
