# str.format and f-string format specs
x = 3.14159
n = 1234567
print(f"{x:.2f}|{x:.0f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1f}|")
print(f"{n:,}|{n:>12,}|{n:_}|{-n:,}|{n:012d}|{n:+d}|")
print(f"{255:x}|{255:X}|{255:08x}|{255:#x}|{255:b}|{255:#b}|{255:o}|")
print(f"{0.256:%}|{0.256:.1%}|{1:.0%}|{-0.5:.2%}|")
print(f"{'ab':>5}|{'ab':<5}|{'ab':^6}|{'ab':*^7}|{'ab':->4}|{'abcdef':.3}|")
print(f"{42:5}|{42:<5}|{42:^5}|{-42:05}|{42:05d}|{'s':5}|")
print(f"{1e10:.2e}|{12345.678:e}|{0.000123:.3g}|{123456789:g}|{1.5:g}|")
print(f"{True}|{None}|{[1, 'a']}|{(1,)}|{True:d}|{3:.2f}|")
print("{:.3f} {:>6} {:<4}| {:^5} {:05.1f}".format(2 / 3, "r", "l", "c", 3.14159))
print("{0} {1} {0}".format("a", "b"), "{name}-{val:.1f}".format(name="k", val=2.25))
print("{:,.2f}".format(1234567.891), "{:>10,}".format(10 ** 6), "{:x}".format(48879))
print("{{literal}} {}".format(5), f"{{also}} {x:.1f}")
w = 8
p = 3
print(f"{x:{w}.{p}f}|", "{:{}.{}f}|".format(x, w, p))
print(f"{'left':<{w}}|{n:>{w + 4},}|")
print(f"{-0.0:.1f}|{float('inf'):.2f}|{float('nan'):f}|{1e300 * 10:e}|")
print(f"{12:x}{12:o}{12:b}", format(255, "02x"), format(3.5, ".3f"), format("s", ">3"), format(7))
print("{!r} {!s}".format("q", "q"), f"{'q'!r:>5}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f}")
