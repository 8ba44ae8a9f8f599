# ord and chr
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("~"))
print(chr(97), chr(65), chr(48), repr(chr(32)), repr(chr(10)))
print([chr(c) for c in range(ord("a"), ord("z") + 1, 5)])
print("".join(chr(ord(c) + 1) for c in "HAL"))
def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World! xyz", 3)
print(enc)
print(caesar(enc, -3))
print(caesar("abc", 29), caesar("ABC", -1))
print(sum(ord(c) for c in "checksum"))
print(ord("é"), ord("€"), ord("中"), ord("😀"), hex(ord("😀")))
print(chr(0x10FFFF) == "\U0010ffff", len(chr(0x10FFFF)))
codes = [72, 101, 108, 108, 111]
print("".join(map(chr, codes)), list(map(ord, "Hello")) == codes)
print(chr(ord("a") - 32), [ord(c) - ord("0") for c in "9081"])
