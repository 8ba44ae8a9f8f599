# list negative indices and slices with steps
a = list(range(10))
print(a[-1], a[-10], a[0], a[9])
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[-5:-2])
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2], a[2:8:-1])
print(a[100:], a[-100:2], a[5:100], a[3:3], a[5:2])
print(a[-1:-4:-1], a[:-11:-1], a[::11], a[::-11])
print(a[1:-1:3], a[-2::-4], a[None:3], a[3:None], a[::None])
for i in [-11, 10, 100]:
    try:
        a[i]
    except IndexError as e:
        print(i, "IndexError", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
b = a[:]
b[0] = "x"
print(a[0], b[0], b is a)
print([][:], [][::-1], [1][-1:], [1, 2][-1::-1])
n = [[0, 1], [2, 3]]
print(n[-1][-1], n[0][::-1], n[::-1][0])
try:
    a["1"]
except TypeError as e:
    print("TypeError", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError", e)
print(a[True], a[False:True])
big = 10 ** 20
print(a[-big:big], a[big:], a[:-big])
