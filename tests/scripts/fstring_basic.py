# f-strings: basic interpolation and conversions
name = "Ada"
age = 36
pi = 3.14159265
print(f"{name} is {age}")
print(f"{name!r} {name!s}")
print(f"{'quoted'!r}")
print(f"{age + 1} {age * 2} {age // 5}")
print(f"{[1, 2, 3]} {(1,)} {{'a': 1}}")
d = {"k": "v"}
print(f"{d} {d['k']}")
print(f"{{literal braces}} {age}")
print(f"{None} {True} {False}")
print(f"{pi}")
print(f"{1/3}")
print(f"{'a' 'b'}")
print(f"{name.upper()} {name.lower()} {len(name)}")
print(f"{'x' * 3}")
print(f"{age if age > 30 else 'young'}")
lst = ["a", "b"]
print(f"{lst!r} {lst!s}")
print(f"{'nested ' + f'{age}'}")
print(f"""triple {name}
second {age}""")
s = "it's"
print(f"{s!r}")
print(f"{-5} {+5} {~5}")
print(f"{3.0} {1e20} {1e-7}")
print(f"a{1}b{2}c{3}d")
print(f"")
