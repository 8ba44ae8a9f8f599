# break / continue inside try with finally, and inside finally
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append("body" + str(i))
    finally:
        log.append("fin" + str(i))
print(log)
log = []
for i in range(4):
    try:
        raise ValueError(i)
    except ValueError:
        if i % 2:
            continue
        log.append("even" + str(i))
    finally:
        log.append("f" + str(i))
print(log)
log = []
for i in range(5):
    try:
        if i == 2:
            raise KeyError("dropped")
        log.append(i)
    finally:
        if i == 2:
            continue
print(log)
log = []
for i in range(5):
    try:
        raise RuntimeError("x")
    finally:
        log.append(i)
        break
print(log)
n = 0
while n < 10:
    n += 1
    try:
        if n % 3:
            continue
        log.append("n" + str(n))
    finally:
        log.append("w" + str(n))
print(log)
def nested():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
                out.append((i, j))
            finally:
                out.append("f")
    return out
print(nested())
for i in range(3):
    try:
        try:
            if i == 1:
                continue
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)
else:
    print("loop else ran")
