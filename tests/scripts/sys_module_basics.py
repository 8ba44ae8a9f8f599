import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
for bad in (0, -5, "x", 2**40):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
n = sys.stdout.write("hello\n")
print(n, type(sys.stdout).__name__)
print("a", "b", sep="-", file=sys.stdout)
print(sys.version_info >= (3, 8), sys.version_info[0])
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
s = Sink()
print(1, 2, 3, file=s, sep=", ", end="!\n")
print(s.parts)
sys.stdout.flush()
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.code)
sys.setrecursionlimit(1000)
try:
    depth(2000)
except RecursionError as e:
    print("RecursionError")
sys.exit("bye")
