# String indexing and slicing
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[:], s[-5:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1])
print(s[2:10:3], s[10:2:-3], s[5:5], s[8:3], repr(s[100:]))
print(s[-100:3], s[3:-100], s[-3:100])
print(s[::3], s[::-3], s[len(s)::-1][:4])
t = "abcdefghij"
for start in [None, 0, 3, -3]:
    for step in [1, 2, -1, -2]:
        print(start, step, repr(t[start::step]))
print(t[1:9:4], t[9:1:-4], t[-2:-9:-3])
u = "a"
print(u[0], u[-1], u[::-1], u[1:], repr(u[5:]))
i = 3
print(t[i], t[i:i + 3], t[-i:])
print([t[k] for k in range(0, len(t), 3)])
