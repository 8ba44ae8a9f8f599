# Nested hot loops, for/else and while/else with and without break, early
# return from inside nested loops (of hot, compiled functions), and loop
# variables that leak after the loop.


def find_pair(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return None


data = list(range(0, 200, 3))
print("find_pair", find_pair(data, 297), find_pair(data, 298), find_pair(data, 100))
for t in range(1, 40):
    find_pair(data[:15], t)
print("find_pair after hot", find_pair(data, 390), find_pair([1.5, 2.5, 3.0], 5.5))


def primes_for_else(n):
    out = []
    for k in range(2, n):
        for d in range(2, k):
            if d * d > k:
                out.append(k)
                break
            if k % d == 0:
                break
        else:
            out.append(k)
    return len(out), out[:10], out[-3:]


print("primes_for_else", primes_for_else(3000))


def while_else(n):
    results = []
    for target in (1700, 5000, 2500):
        i = 0
        while i < n:
            if i == target:
                results.append(("break", i))
                break
            i += 1
        else:
            results.append(("else", i))
    return results


print("while_else", while_else(3000))


def triple_nested(n):
    count = 0
    for a in range(n):
        for b in range(a, n):
            for c in range(b, n):
                if a * a + b * b == c * c and a > 0:
                    count += 1
    return count


print("triple_nested", triple_nested(25))


def early_return_deep(limit):
    i = 0
    while True:
        for j in range(10):
            k = 0
            while k < 3:
                if i * 30 + j * 3 + k >= limit:
                    return i, j, k
                k += 1
        i += 1


print("early_return_deep", early_return_deep(2500), early_return_deep(7), early_return_deep(0))


def leak_vars(n):
    for i in range(n):
        pass
    for x in []:
        pass
    j = 0
    while j < n:
        j += 1
    return i, j


print("leak_vars", leak_vars(2500))


def break_continue_mix(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 2700:
            break
        for j in range(4):
            if j == 2:
                continue
            if j == 3 and i % 5 == 0:
                break
            total += j
        else:
            total += 100
    return total


print("break_continue_mix", break_continue_mix(3000))


def for_else_in_while(n):
    found = []
    x = 2
    while len(found) < n:
        for p in found:
            if p * p > x:
                found.append(x)
                break
            if x % p == 0:
                break
        else:
            found.append(x)
        x += 1
    return found[-1], x


print("for_else_in_while", for_else_in_while(400))


def matrix_mult(n):
    a = [[(i * j) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + j) % 5 for j in range(n)] for i in range(n)]
    c = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0
            for k in range(n):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return sum(sum(r) for r in c), c[3][:5]


print("matrix_mult", matrix_mult(14))


def nested_type_change(n):
    acc = 0
    for i in range(n):
        step = 1
        for j in range(3):
            if i >= 1500 and j == 1:
                step = 0.5
            acc += step
    return acc


print("nested_type_change", nested_type_change(2000))
