#!/usr/bin/env python3
"""Generates names.bin, the Unicode character-name table behind `\\N{...}` escapes.

Run with the CPython whose behaviour firebrand follows (3.11: Unicode 14.0):

    python3 src/syntax/unicode_names/gen_unicode_names.py

Format (all integers little-endian):
  u32 word_count, then the words, each ASCII and terminated by b"\\n";
  u32 name_count, then per name: u32 (code point << 8 | number of words), followed
  by that many u16 word indices. A name is its words joined by single spaces.
Algorithmic names (CJK unified/compatibility ideographs, Hangul syllables, Tangut,
Khitan, Nushu) are not stored: `mod.rs` derives them, from the ranges listed in
ALGORITHMIC below (printed for copying into mod.rs).
"""
import struct
import unicodedata
from pathlib import Path

ALGORITHMIC = (
    "CJK UNIFIED IDEOGRAPH-",
    "CJK COMPATIBILITY IDEOGRAPH-",
    "TANGUT IDEOGRAPH-",
    "KHITAN SMALL SCRIPT CHARACTER-",
    "NUSHU CHARACTER-",
    "HANGUL SYLLABLE ",
)


def main():
    names = []
    ranges = {p: [] for p in ALGORITHMIC}
    for cp in range(0x110000):
        try:
            name = unicodedata.name(chr(cp))
        except ValueError:
            continue
        prefix = next((p for p in ALGORITHMIC if name.startswith(p)), None)
        if prefix:
            r = ranges[prefix]
            if r and r[-1][1] == cp - 1:
                r[-1][1] = cp
            else:
                r.append([cp, cp])
            continue
        names.append((name, cp))
    words = sorted({w for n, _ in names for w in n.split(" ")})
    index = {w: i for i, w in enumerate(words)}
    out = bytearray()
    out += struct.pack("<I", len(words))
    for w in words:
        out += w.encode("ascii") + b"\n"
    out += struct.pack("<I", len(names))
    for name, cp in names:
        ws = name.split(" ")
        out += struct.pack("<I", cp << 8 | len(ws))
        for w in ws:
            out += struct.pack("<H", index[w])
    path = Path(__file__).with_name("names.bin")
    path.write_bytes(bytes(out))
    print(f"unicode {unicodedata.unidata_version}: {len(names)} names, {len(words)} words, {len(out)} bytes")
    for p, r in ranges.items():
        print(p, [(hex(a), hex(b)) for a, b in r])


if __name__ == "__main__":
    main()
