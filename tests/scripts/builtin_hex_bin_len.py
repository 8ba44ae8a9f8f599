# hex, bin, len
for n in [0, 1, 7, 8, 15, 16, 255, 256, 4095, -1, -16, -255, 2 ** 32, 2 ** 64 - 1, -(2 ** 100)]:
    print(n, hex(n), bin(n))
print(hex(True), bin(False), len(hex(2 ** 100)), len(bin(2 ** 100)))
print(int(hex(123456), 16), int(bin(-99), 2), int(hex(-2 ** 70), 0))
print(len(""), len("abc"), len("é中😀"), len([1, [2, 3]]), len((1,)), len({}), len({1: 2, 3: 4}))
print(len(set([1, 1, 2])), len(range(3, 30, 4)), len(range(-10)), len(str(10 ** 50)), len(" " * 7))
print(len([[]] * 4), len("\n\t\\"), len(r"\n\t\\"), len(list(zip("ab", "xyz"))), len(list(enumerate("abcd"))))
print(bin(0b1010 ^ 0b0110), hex(0xff & ~0x0f), bin(1 << 10), hex(0xABCDEF >> 4))
print([hex(i) for i in range(10, 17)], [bin(i)[2:].zfill(4) for i in range(6)])
print(hex(ord("A")), bin(ord("a")), hex(ord("😀")))
