# A local that is an int for the first 2000 iterations of a hot for loop and
# then becomes a float (and back), so compiled int arithmetic must side-exit.


def accumulate(n, switch_at):
    total = 0
    step = 1
    for i in range(n):
        if i == switch_at:
            step = 1.5
        total += step
        if i % 500 == 0:
            print("  acc", i, total, type(total).__name__)
    return total


print("accumulate", accumulate(3000, 2000))
print("accumulate never", accumulate(3000, -1))


def scale(n):
    x = 1
    out = []
    for i in range(n):
        if i == 1800:
            x = 0.25
        elif i == 2400:
            x = 3
        y = x * 2 + i
        z = y - x
        if i % 300 == 0 or i in (1799, 1800, 1801, 2399, 2400, 2401):
            out.append((i, y, z))
    return out


for row in scale(2700):
    print("scale", row)


def compare_mixed(n):
    threshold = 1000
    hits = 0
    for i in range(n):
        if i == 1600:
            threshold = 1000.5
        if i > threshold:
            hits += 1
        if i == threshold:
            print("  equal at", i)
    return hits, threshold


print("compare_mixed", compare_mixed(2500))


def floor_div_switch(n):
    d = 7
    acc = 0
    for i in range(n):
        if i == 2100:
            d = 7.0
        acc += i // d + i % d
    return acc


print("floor_div_switch", floor_div_switch(2800))


def true_div(n):
    acc = 0
    for i in range(1, n):
        acc += i / 4
        if i == 1500:
            print("  mid", acc)
    return acc


print("true_div", true_div(2600))


def float_loop_var(n):
    # the loop variable comes from a list whose tail is floats
    xs = list(range(n))
    for k in range(2000, n):
        xs[k] = k + 0.5
    s = 0
    cnt = 0
    for v in xs:
        s += v
        if v > 1990:
            cnt += 1
    return s, cnt


print("float_loop_var", float_loop_var(2500))


def augmented_ops(n):
    a = 10
    b = 3
    for i in range(n):
        if i == 1700:
            b = 2.5
        a = (a * b + i) % 1000
    return a


print("augmented_ops", augmented_ops(2400))
