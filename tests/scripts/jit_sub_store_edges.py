# `xs[i] = v` on lists in hot loops: out-of-range and negative indices
# (IndexError caught inside the loop, message checked), stores into the list
# being iterated, values whose type changes at the same store site, stores
# into a list aliased elsewhere, and bool / big-int indices.


def store_out_of_range(n):
    xs = [0] * 10
    errs = 0
    msg = None
    for i in range(n):
        try:
            xs[i % 13] = i
        except IndexError as e:
            errs += 1
            msg = str(e)
    return xs, errs, msg


print("store_out_of_range", store_out_of_range(5000))


def store_negative(n):
    xs = [0] * 8
    errs = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        k = -(i % 11)
        try:
            xs[k] = xs[k] + i
        except IndexError as e:
            errs += 1
            last = (k, str(e))
    return xs, errs, last


print("store_negative", store_negative(4000))


def store_every_time_fails(n):
    xs = []
    errs = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        try:
            xs[0] = i
        except IndexError:
            errs += 1
    try:
        xs[-1] = 0
    except IndexError as e:
        print("  empty neg", e)
    return errs, xs


print("store_every_time_fails", store_every_time_fails(3000))


def store_changing_types(n):
    xs = [0] * 6
    for i in range(n):
        k = i % 6
        if i < 1500:
            xs[k] = i
        elif i < 2500:
            xs[k] = i * 0.5
        elif i < 3000:
            xs[k] = str(i)
        elif i < 3500:
            xs[k] = None
        else:
            xs[k] = (i, i)
    return xs


print("store_changing_types", store_changing_types(4000))


def store_same_site_kinds(n):
    vals = [1, 2.5, "s", None, True, [1], (2,), 2 ** 70, -1]
    xs = [0] * len(vals)
    for i in range(n):
        v = vals[i % len(vals)]
        xs[(i * 7) % len(vals)] = v
    return xs


print("store_same_site_kinds", store_same_site_kinds(4000))


def store_into_iterated(n):
    xs = list(range(n))
    s = 0
    for i, x in enumerate(xs):
        s += x
        if i + 1 < len(xs):
            xs[i + 1] = (x * 2 + i) % 1000
        xs[i] = -x
    return s, xs[:5], xs[-3:]


print("store_into_iterated", store_into_iterated(3000))


def store_ahead_in_for(n):
    xs = [1] * n
    out = 0
    for x in xs:
        out += x
        xs[out % n] = out % 5
    return out, xs[:10]


print("store_ahead_in_for", store_ahead_in_for(3000))


def alias_store(n):
    a = [0] * 10
    b = a
    outer = [a, a]
    for i in range(n):
        b[i % 10] = i
        if i % 3 == 0:
            outer[1][(i + 1) % 10] = -i
    return a, a is outer[0], outer[0] is outer[1]


print("alias_store", alias_store(4000))


def alias_through_param(target, n):
    for i in range(n):
        target[i % len(target)] += 1


shared = [0] * 7
view = shared
alias_through_param(shared, 3500)
alias_through_param(view, 3500)
print("alias_through_param", shared)


def store_bool_index(n):
    xs = [0, 0, 0]
    for i in range(n):
        xs[i % 2 == 0] += 1
        xs[True] += 1
        xs[False] -= 1
    return xs


print("store_bool_index", store_bool_index(3000))


def store_big_index(n):
    xs = [0] * 4
    out = []
    for i in range(n):
        k = i % 4
        if i == n - 2:
            k = 2 ** 63
        elif i == n - 1:
            k = -2 ** 63 - 1
        try:
            xs[k] = i
        except IndexError as e:
            out.append(str(e))
    return xs, out


print("store_big_index", store_big_index(3000))


def store_float_index(n):
    xs = [0] * 4
    errs = []
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        k = i % 4 if i != n - 1 else 1.0
        try:
            xs[k] = i
        except TypeError as e:
            errs.append(str(e))
    return xs, errs


print("store_float_index", store_float_index(3000))


def store_length_change(n):
    xs = [0] * 5
    errs = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        if i % 250 == 0:
            xs.append(0)
        if i % 400 == 0:
            xs.pop()
            xs.pop()
        try:
            xs[i % 9] = i
        except IndexError:
            errs += 1
    return len(xs), xs, errs


print("store_length_change", store_length_change(4000))


def store_overflow_values(n):
    xs = [0] * 4
    for i in range(n):
        k = i % 4
        xs[k] = xs[k] * 3 + 1 if xs[k] < 2 ** 80 else xs[k] % 1000
    return xs


print("store_overflow_values", store_overflow_values(4000))


def augmented_store(n):
    xs = [0, 0.0, "", []]
    for i in range(n):
        xs[0] += i
        xs[1] += 0.5
        if i % 100 == 0:
            xs[2] += "a"
            xs[3] += [i]
    return xs[0], xs[1], xs[2], len(xs[3]), xs[3][-1]


print("augmented_store", augmented_store(4000))


def swap_items(n):
    xs = list(range(10))
    for i in range(n):
        a = i % 10
        b = (i * i + i // 7) % 10
        xs[a], xs[b] = xs[b], xs[a]
    return xs


print("swap_items", swap_items(4321))


def store_in_except(n):
    xs = [0] * 4
    log = [0] * 3
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        try:
            xs[i % 6] = i
            log[0] += 1
        except IndexError:
            log[1] += 1
            try:
                xs[-(i % 6) - 1] = -i
            except IndexError:
                log[2] += 1
    return xs, log


print("store_in_except", store_in_except(6000))
