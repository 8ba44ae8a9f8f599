# str.format
print("{} and {}".format("a", "b"))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=5))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.3f} {:,} {:05d}".format(2/3, 10**7, 42))
print("{0:x} {0:b} {0:#x}".format(200))
print("{{}} {}".format("braces"))
print("{!r} {!s}".format("q", "q"))
print("{:e} {:g} {:%}".format(1234.5, 0.00001234, 0.5))
vals = [1, 22, 333]
for v in vals:
    print("[{:>5}] [{:<5}] [{:^5}]".format(v, v, v))
print("{0}{1}{0}".format("ab", "-"))
print("{:*>10}".format("pad"))
print("{:+.2f} {:+.2f}".format(1.5, -1.5))
args = ("p", "q")
print("{} {}".format(*args))
kw = {"a": 1, "b": 2}
print("{a}+{b}".format(**kw))
print("{:{}}|".format("w", 6))
print("{:>{width}.{prec}f}".format(3.14159, width=10, prec=2))
print("{} {} {}".format(None, True, [1, 'a']))
print("".format(), "plain".format())
