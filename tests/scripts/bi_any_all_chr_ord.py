# any/all edge cases, chr/ord round-trips and errors
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 0.0, 1]), all([1, 0]))
print(any("abc"), all(""), any(x > 2 for x in range(3)), all(x < 3 for x in range(3)))
print(any({0: 1}), all({1: 0}), any([[]]), all([[]]), any(iter([False, True])))
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512), repr(chr(0)))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "Az"])
print(all(chr(ord(c)) == c for c in "héllo wörld"), chr(0x41), ord(chr(1114111)))
for bad in [lambda: ord(""), lambda: ord("ab"), lambda: chr(-1), lambda: chr(1114112), lambda: ord(5), lambda: chr("a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
print(sorted("banana", key=ord), max("zebra", key=ord), min(map(ord, "xyz")))
