# List reads and writes in hot loops with indexes from both ends: native code
# checks 0 <= i < len first and counts negative indexes from the end aside.


def reads(xs, n):
    s = 0
    for i in range(n):
        s += xs[i % len(xs)] + xs[-1 - i % len(xs)] + xs[-len(xs)]
    return s


def writes(n):
    xs = [0] * 10
    for i in range(n):
        xs[-(i % 10) - 1] += i
        xs[i % 10] -= 1
    return xs


def floats(n):
    fs = [0.5 * k for k in range(8)]
    t = 0.0
    for i in range(n):
        t += fs[-1] - fs[-(i % 8) - 1]
    return t


def out_of_range(xs, idx):
    got = []
    for i in idx:
        try:
            got.append(xs[i])
        except IndexError as e:
            got.append(str(e))
    return got


def store_out_of_range(xs, idx):
    got = []
    for i in idx:
        try:
            xs[i] = i
            got.append("ok")
        except IndexError as e:
            got.append(str(e))
    return got


print(reads(list(range(1, 11)), 5000))
print(writes(5000))
print(floats(5000))
for rep in range(30):
    r = out_of_range([1, 2, 3], [0, -1, -3, -4, 3, 2, -2, 2**62, -(2**62)])
print(r)
for rep in range(30):
    w = store_out_of_range([1, 2, 3], [-1, -3, -4, 3, 5, 0])
print(w)
big = list(range(100))
acc = 0
for i in range(-100, 100):
    acc += big[i]
print(acc)
