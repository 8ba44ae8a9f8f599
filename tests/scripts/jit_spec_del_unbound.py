# Locals deleted with `del` inside hot loops and bound again (maybe with
# another type), and locals only bound on some paths, read in a hot loop
# where the UnboundLocalError is caught by try/except and its message
# printed.


def del_rebind(n):
    total = 0
    x = 0
    for i in range(n):
        x = i
        total += x
        if i % 3 == 0:
            del x
            x = i * 0.5 if i > 1500 else i
        total += x
    return total


print("del_rebind", del_rebind(2400))


def del_then_read(n):
    caught = 0
    first = None
    s = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        v = i
        if i % 250 == 0:
            del v
        try:
            s += v
        except UnboundLocalError as e:
            caught += 1
            if first is None:
                first = str(e)
    return s, caught, first


print("del_then_read", del_then_read(2500))


def conditional_bind(n):
    misses = 0
    msg = ""
    acc = 0
    for i in range(n):
        if i % 100 != 7:
            y = i % 13 if i < 1500 else (i % 13) * 0.5
        try:
            acc += y
        except UnboundLocalError as e:
            misses += 1
            msg = str(e)
        if i % 100 == 6:
            del y
    return acc, misses, msg


print("conditional_bind", conditional_bind(2300))


def never_bound_late(n):
    out = []
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        chk = (i * 31 + 7) & 65535
        if i < 1900:
            z = i
        elif i == 1900:
            del z
        try:
            out.append(z)
        except UnboundLocalError as e:
            out.append("unbound")
            if i == 1900:
                print("  never_bound_late", e)
    return out[1898:1903], len(out)


print("never_bound_late", never_bound_late(2000))


def del_in_while(n):
    i = 0
    acc = []
    chk = 0
    while i < n:
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        tmp = [i]
        acc.append(tmp[0])
        del tmp
        if i == n - 1:
            try:
                print(tmp)
            except UnboundLocalError as e:
                print("  del_in_while", e)
        i += 1
    return sum(acc)


print("del_in_while", del_in_while(2000))


def del_retype(n):
    log = []
    for i in range(n):
        w = i
        if i == 1600:
            del w
            w = "str"
        elif i == 1700:
            del w
            w = 2.5
        elif i == 1800:
            del w
            w = None
        if type(w) is not int:
            log.append(repr(w))
    return log


print("del_retype", del_retype(2000))


def unbound_before_first_assign(n):
    errs = 0
    for i in range(n):
        try:
            if i % 2 == 0:
                q = q + 1
            else:
                q = 0
        except UnboundLocalError as e:
            errs += 1
            if errs == 1:
                print("  unbound_before_first_assign", e)
        if i % 2 == 1:
            del q
    return errs


print("unbound_before_first_assign", unbound_before_first_assign(2000))


def del_list_items(n):
    xs = list(range(n))
    i = 0
    while i < len(xs):
        if xs[i] % 3 == 0:
            del xs[i]
        else:
            i += 1
    return len(xs), xs[:5], xs[-3:]


print("del_list_items", del_list_items(2500))


def del_loop_var(n):
    s = 0
    for k in range(n):
        s += k
        del k
    try:
        return s, k
    except UnboundLocalError as e:
        return s, str(e)


print("del_loop_var", del_loop_var(2000))
