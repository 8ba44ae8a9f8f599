# while loops with else, break, continue
i = 0
while i < 5:
    print("i", i)
    i += 1
else:
    print("while finished normally, i =", i)
j = 0
while j < 10:
    if j == 3:
        print("breaking at", j)
        break
    j += 1
else:
    print("not printed")
print("j", j)
k = 0
total = 0
while k < 10:
    k += 1
    if k % 2 == 0:
        continue
    total += k
print("odd total", total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
m = 0
while False:
    m += 1
else:
    print("else on empty while", m)
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
x = 100
while True:
    x -= 7
    if x < 50:
        break
print("x", x)
count = 0
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        count += 1
        inner += 1
    outer += 1
print("count", count)
