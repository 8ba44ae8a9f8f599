# while loops: the test runs before the loop and after each iteration; every form of
# exit, continue and else, and errors raised by the test on a later iteration.


def check(i):
    if i == 3:
        raise ValueError("bad %d" % i)
    return True


def count(n):
    i = 0
    while i < n and check(i):
        i += 1
    return i


print(count(2))
try:
    count(10)
except ValueError as e:
    print("caught", e)

i, out = 0, []
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    out.append(i)
else:
    out.append("else")
print(out)

i = 0
while i < 3:
    i += 1
else:
    print("else ran", i)

n = 0
while not n >= 5:
    n += 2
print(n)

x = 10
while x:
    x -= 3 if x > 2 else x
print(x)

items = [3, 1, 2]
while items:
    print(items.pop())

k = 0
while True:
    k += 1
    if k > 4:
        break
print(k)

a, b = 0, 1
while a < 100 or b < 50:
    a, b = b, a + b
print(a, b)

j = 0
while (j < 5
       and j != 3):
    j += 1
print(j)


def later_failure():
    i = 0
    while (i < 10 and
           check(i)):
        i += 1


later_failure()
