# zfill / ljust / rjust / center
print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+7".zfill(4)), repr("abc".zfill(2)), repr("".zfill(3)))
print(repr("ab".ljust(5)), repr("ab".rjust(5)), repr("ab".center(5)), repr("ab".center(6)))
print(repr("abc".center(6)), repr("abc".center(7, "*")), repr("a".center(4, "-")))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, "0")), repr("long".ljust(2)))
for w in range(1, 8):
    print(w, repr("x".center(w)), repr("xy".center(w)), repr("xyz".center(w, "_")))
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("banana", 100, 12.0)]
for name, qty, price in rows:
    print(name.ljust(8) + str(qty).rjust(5) + str(price).rjust(8))
for name, qty, price in rows:
    print(f"{name:<8}{qty:>5}{price:>8.2f}")
print("é".center(5, "*"), "中".rjust(3, "."), "😀".ljust(3, "!"))
print(str(7).zfill(3), str(-7).zfill(3), "1e5".zfill(6))
