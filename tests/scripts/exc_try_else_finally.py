# try/except/else/finally ordering
def attempt(x):
    log = []
    try:
        log.append("try")
        r = 10 // x
        log.append("after div")
    except ZeroDivisionError:
        log.append("except")
        r = -1
    else:
        log.append("else")
    finally:
        log.append("finally")
    return r, log
print(attempt(2))
print(attempt(0))
def ret_in_finally():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(ret_in_finally())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
count = 0
for i in range(5):
    try:
        if i == 2:
            continue
        if i == 4:
            break
        count += 10
    finally:
        count += 1
print("count", count)
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
def nested(v):
    try:
        try:
            return int(v)
        except ValueError:
            print("inner ValueError for", repr(v))
            raise
    except ValueError as e:
        return "outer: " + str(e)
print(nested("12"), nested("zz"))
