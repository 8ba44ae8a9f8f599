# While loops whose counters and accumulators change type after the loop is
# hot: float -> int, int -> float, a float counter stepping by 0.5.


def float_to_int(n):
    x = 0.0
    i = 0
    while i < n:
        if i == 2000:
            x = int(x)
            print("  converted", x, type(x).__name__)
        x = x + 1
        i += 1
    return x, type(x).__name__


print("float_to_int", float_to_int(2800))


def int_to_float_counter():
    i = 0
    steps = 0
    while i < 3000:
        if steps == 1500:
            i = float(i)
        i += 1
        steps += 1
    return i, steps, type(i).__name__


print("int_to_float_counter", int_to_float_counter())


def half_steps():
    t = 0
    k = 0
    while t < 1200:
        t += 0.5
        k += 1
        if k == 2000:
            print("  at 2000", t)
    return t, k


print("half_steps", half_steps())


def collatz_mixed(limit):
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        m = n
        steps = 0
        while m != 1:
            if m % 2 == 0:
                m = m // 2
            else:
                m = 3 * m + 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best, best_n


print("collatz", collatz_mixed(1500))


def newton_sqrt(values):
    out = []
    for v in values:
        x = v
        it = 0
        while it < 30:
            x = (x + v / x) / 2
            it += 1
        out.append(round(x, 9))
    return out


print("newton", newton_sqrt([2, 9, 10.0, 144, 2 ** 40]))


def while_else_type_switch(n):
    i = 0
    acc = 0
    while i < n:
        if i == 2200:
            acc = acc / 3
        acc += i
        i += 1
    else:
        print("  while-else reached with", i)
    return acc


print("while_else_type_switch", while_else_type_switch(2500))


def decrement_to_float(n):
    x = n
    count = 0
    while x > 0:
        if count == 1800:
            x -= 0.25
        x -= 1
        count += 1
    return x, count


print("decrement_to_float", decrement_to_float(2500))
