# return inside try/finally: finally runs, finally's return overrides
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally swallowed exception"
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(f4())
def f5():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(f5())
def f6(n):
    try:
        if n > 0:
            return "positive"
        raise ValueError("non-positive")
    except ValueError as e:
        return "except:" + str(e)
    finally:
        print("f6 finally", n)
print(f6(1), f6(0))
def f7():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("f7 finally", i)
print(f7())
def f8():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f8())
def f9():
    try:
        return 1
    except Exception:
        return 2
    else:
        return 3
    finally:
        print("f9 finally")
print(f9())
def f10():
    try:
        pass
    except Exception:
        return 2
    else:
        return "else-return"
    finally:
        print("f10 finally")
print(f10())
def f11():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            print("f11 finally", count)
print(f11())
