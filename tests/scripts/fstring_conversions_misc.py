# f-string conversion flags and expression forms
s = "tab\there"
q = 'quote"s'
print(f"{s}|{s!r}|{s!s}")
print(f"{q!r} {repr(q)} {str(q)}")
vals = [1, 1.5, None, True, [1, "two"], (3,), {"k": "v"}]
for v in vals:
    print(f"{v} | {v!r} | {v!s} | {str(v):>12} | {repr(v):<14}|")
print(f"{'é中'!r:>8}|{'x'!r:^7}|")
n = 5
print(f"n={n}")
print(f"{n * 2}{n ** 2}{-n}")
d = {"a": [1, 2]}
print(f"{d['a'][1]} {len(d)} {list(d)}")
print(f"{(lambda x: x * 3)(4)}")
print(f"{'yes' if n > 3 else 'no'} {n:{'>' if n > 3 else '<'}5}|")
print(f"{[i * i for i in range(4)]} {sum(i for i in range(5))}")
print(f"{3.0!r} {1e16!r} {0.1 + 0.2!r}")
print(f"{'a' + 'b'!r:*^9}")
name = "world"
print(f"Hello, {name.upper()}! {name[::-1]} {name[1:3]!r}")
print(f"{{}} {{{n}}} {{n}}")
print(f"{n:}" + f"{'':5}|")
