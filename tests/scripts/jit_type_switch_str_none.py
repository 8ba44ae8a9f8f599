# A hot local changing from int to str, to None, to list, and the TypeError
# that follows when arithmetic meets the new type.


def int_to_str(n):
    x = 0
    for i in range(n):
        if i == 2000:
            x = str(x)
        if type(x) is int:
            x = x + 1
        else:
            x = x + "!"
            if len(x) > 10:
                x = x[:4]
    return x


print("int_to_str", int_to_str(2600))


def becomes_none(n):
    v = 1
    hits = 0
    errors = 0
    for i in range(n):
        if i == 1900:
            v = None
        elif i == 2300:
            v = 2
        try:
            hits += v
        except TypeError as e:
            errors += 1
            if errors == 1:
                print("  TypeError:", e)
    return hits, errors


print("becomes_none", becomes_none(2600))


def none_check(n):
    best = None
    for i in range(n):
        val = (i * 37) % 1009
        if best is None or val > best:
            best = val
        if i == 2000:
            best = None
    return best


print("none_check", none_check(2500))


def str_concat_switch(n):
    s = ""
    k = 0
    for i in range(n):
        if i == 1500:
            s = 0
        if isinstance(s, str):
            s += "a"
        else:
            s += 2
        k += 1
    return s, k


print("str_concat_switch", str_concat_switch(2500))


def mul_types(n):
    x = 3
    out = []
    for i in range(n):
        if i == 1600:
            x = "ab"
        elif i == 1601:
            x = [1, 2]
        elif i == 1602:
            x = (7,)
        elif i == 1603:
            x = 2.5
        elif i == 1604:
            x = True
        elif i == 1605:
            x = 3
        y = x * 2
        if 1598 <= i <= 1606:
            out.append(y)
    return out


print("mul_types", mul_types(2000))


def add_then_fail(n):
    a = 5
    total = 0
    for i in range(n):
        if i == 2100:
            a = "5"
        try:
            total = total + a
        except TypeError as e:
            print("  caught at", i, e)
            break
    return total


print("add_then_fail", add_then_fail(2500))


def compare_switch(n):
    x = 10
    cnt = 0
    for i in range(n):
        if i == 2000:
            x = "10"
        try:
            if x < 100:
                cnt += 1
        except TypeError as e:
            print("  compare error at", i, e)
            x = 10.0
    return cnt


print("compare_switch", compare_switch(2400))
