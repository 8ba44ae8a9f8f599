# Bitwise ops including negatives and big ints
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~0, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100)
print(-1 << 10, -5 << 3, 5 >> 1, -5 >> 1, -1 >> 100, 7 >> 10)
print(2 ** 100 >> 90, (2 ** 100 + 12345) & 0xFFFF)
big = (1 << 80) - 1
print(big & 0xFF00, big | 1, big ^ (1 << 79))
print(~big, -big & 0xFFFF, ~(1 << 70))
print((-(2 ** 70)) >> 3, (-(2 ** 70)) & 0xFFFFFF, -(2 ** 70) | 5)
print((2 ** 65) ^ (2 ** 64), -(2 ** 65) ^ 3)
print(0xF0 >> 4, 0xF0 << 4)
print(hex(-255), bin(-5), hex(0), bin(0))
print(hex(2 ** 100), bin(2 ** 20))
print(True & False, True | False, True ^ True, ~True)
n = 0b10110110
count = 0
while n:
    count += n & 1
    n >>= 1
print("popcount", count)
masks = [1 << i for i in range(8)]
print(masks)
print([x & 0b1010 for x in range(8)])
print([(-x) >> 1 for x in range(6)])
print(5 & 3 | 8, 5 ^ 3 & 1, 1 | 2 << 3)
