# Hot loops at module level (so on-stack replacement happens in module code
# where the loop variables are globals), whose globals change type, are
# deleted and are rebound by functions called from the loop.

total = 0
for i in range(3000):
    total += i
    if i == 2000:
        total = total * 1.0
print("module loop 1", total, i)

acc = 0
k = 0
while k < 2500:
    acc += k % 7
    k += 1
    if k == 1800:
        acc = str(acc)
        print("  acc became", acc)
        acc = int(acc) + 0.5
print("module while", acc, k)


def bump():
    global counter
    counter += 1


counter = 0
for j in range(2200):
    bump()
    if j == 1600:
        counter = 2 ** 63 - 1
print("counter", counter)

words = []
for n in range(1500):
    if n % 300 == 0:
        words.append(str(n))
print("words", words, n)

s = 0
for a in range(60):
    for b in range(60):
        s += a * b
        if a == 50 and b == 0:
            s -= 0.5
print("nested module", s, a, b)

vals = [1, 2, 3]
x = 0
for step in range(2500):
    try:
        x += vals[step % 4]
    except IndexError:
        x -= 1
print("module except", x)

flag = True
count = 0
while flag:
    count += 1
    if count == 2300:
        flag = False
else:
    print("module while-else", count)

for q in range(2000):
    if q == 1777:
        break
else:
    print("not reached")
print("module break", q)

try:
    for r in range(2000):
        if r == 1900:
            del vals
        vals[0] += 1
except NameError as e:
    print("NameError", e, r)

z = 0
for z in range(1800):
    pass
print("z", z)


def use_module_global():
    return z * 2


print("use_module_global", use_module_global())
z = "zz"
print("use_module_global str", use_module_global())

big = 1
for e in range(1500):
    big = big * 3 % (2 ** 80)
print("big", big)
