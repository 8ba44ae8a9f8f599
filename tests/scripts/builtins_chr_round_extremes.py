for v in [65, 0x10FFFF, 0x110000, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63, -2**63 - 1, True]:
    try:
        print(v, repr(chr(v)))
    except (ValueError, OverflowError) as e:
        print(v, type(e).__name__, e)
for bad in ["a", 1.5, None]:
    try:
        chr(bad)
    except TypeError as e:
        print("TypeError", e)
for nd in [2**63, -2**63 - 1, 2**100, -2**100, 400, -400, 0, 1, -1, True]:
    print(nd, round(1.5, nd), round(-2.675, nd), round(1e300, nd), round(123.456, nd))
print(round(2.5), round(0.5, None), round(7, 2**63))
print(round(12345, -4), round(15000, -4), round(25000, -4), round(-15000, -4), round(10**30 + 5 * 10**25, -26), round(7, -1000))
print(round(5, -1), round(4, -1), round(5000, -4), round(99, -2), round(49, -2), round(50, -2), round(150, -2))
