# str and tuple negative indices and slices with steps
s = "abcdefghij"
print(s[-1], s[0], s[-10], s[3:7], s[-4:], s[:-4], s[::3], s[::-1], s[-2:-8:-2])
print(s[5:1], s[100:], repr(s[10:]), s[::-5], s[1:9:4])
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s[-11]
except IndexError as e:
    print("IndexError", e)
u = "héllo wörld ✓"
print(u[1], u[-1], u[::-1], len(u), u[6:11], u[-3::-3])
t = (1, 2, 3, 4, 5)
print(t[-1], t[1:3], t[::-1], t[::2], t[-2:], t[:0], t[4:1:-1])
try:
    t[5]
except IndexError as e:
    print("IndexError", e)
print(type(t[1:2]).__name__, type(s[1:2]).__name__, t[1:2], (1,)[0:], ()[::-1])
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
r = range(0, 20, 3)
print(r[-1], r[2], list(r[::-1]), list(r[1:4]), r[1:4], len(r[::2]))
try:
    r[10]
except IndexError as e:
    print("IndexError", e)
print("abc"[-1::-1] == "cba", "racecar"[::-1] == "racecar", "ab"[5:6] == "")
print(s[-3:-1] + s[:2], s[::2][::2], (s * 2)[8:12])
