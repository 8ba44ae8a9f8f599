# try/finally, try/except/else/finally, break and continue inside try blocks,
# and return from inside try in hot loops.


def finally_counts(n):
    body = 0
    fin = 0
    for i in range(n):
        try:
            body += 1
            if i % 500 == 0:
                continue
            if i == 2700:
                break
            body += 1
        finally:
            fin += 1
    return body, fin


print("finally_counts", finally_counts(3000))


def finally_with_exception(n):
    log = []
    fin = 0
    for i in range(n):
        try:
            try:
                if i == 1800 or i == 2100:
                    raise ValueError("v" + str(i))
            finally:
                fin += 1
        except ValueError as e:
            log.append(str(e))
    return fin, log


print("finally_with_exception", finally_with_exception(2400))


def else_and_finally(n):
    ok = 0
    err = 0
    fin = 0
    for i in range(n):
        try:
            x = 100 // (i % 400)
        except ZeroDivisionError:
            err += 1
        else:
            ok += x
        finally:
            fin += 1
    return ok, err, fin


print("else_and_finally", else_and_finally(2800))


def return_from_try(n):
    fin = [0]

    def inner(k):
        for i in range(k):
            try:
                if i == k - 1:
                    return i * 2
            finally:
                fin[0] += 1
        return -1

    s = 0
    for j in range(n):
        s += inner(j % 5 + 1)
    return s, fin[0]


print("return_from_try", return_from_try(2000))


def break_in_except(n):
    i = 0
    total = 0
    while True:
        try:
            total += [5, 6, 7][i % 4]
        except IndexError:
            if i > 2000:
                break
            continue
        finally:
            i += 1
    return i, total


print("break_in_except", break_in_except(0))


def nested_finally(n):
    order = []
    count = 0
    for i in range(n):
        try:
            try:
                count += 1
                if i == 2222:
                    break
            finally:
                count += 10
        finally:
            count += 100
    order.append(count)
    return order


print("nested_finally", nested_finally(3000))


def finally_overrides(n):
    def f(i):
        try:
            if i % 2:
                raise ValueError(i)
            return "try"
        finally:
            if i % 3 == 0:
                return "finally"

    counts = {}
    for i in range(n):
        try:
            r = f(i)
        except ValueError:
            r = "raised"
        counts[r] = counts.get(r, 0) + 1
    return counts


print("finally_overrides", finally_overrides(2400))


def continue_in_finally_loop(n):
    total = 0
    for i in range(n):
        for j in range(3):
            try:
                if j == 1:
                    continue
                total += j
            finally:
                total += 1
        if i == 2000:
            total *= 2
    return total


print("continue_in_finally_loop", continue_in_finally_loop(2500))


def except_as_cleared(n):
    seen = 0
    for i in range(n):
        try:
            if i % 1000 == 0:
                raise KeyError("k")
        except KeyError as err:
            seen += 1
        try:
            err
            print("  err still bound")
        except NameError:
            pass
    return seen


print("except_as_cleared", except_as_cleared(2500))
