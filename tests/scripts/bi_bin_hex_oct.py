# bin, hex, oct and parsing back
for n in [0, 1, 2, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70) + 1]:
    print(n, bin(n), hex(n), oct(n))
print(int(bin(12345), 2), int(hex(12345), 16), int(oct(12345), 8), int(bin(-5), 0))
print(bin(True), hex(False), len(bin(2 ** 100)) - 2)
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    bin(2.0)
except TypeError as e:
    print("TypeError", e)
print(0xff, 0o17, 0b1010, 0xDEAD_BEEF, 1_000_000)
print(f"{10:b}", f"{10:#o}", f"{-10:#x}", format(10, "b"))
print([bin(i).count("1") for i in range(9)])
print(hex(0xABC).upper(), hex(4096)[2:].zfill(8))
