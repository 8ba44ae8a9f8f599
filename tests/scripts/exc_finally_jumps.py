# break / continue / return inside a finally body that runs because of a return,
# a break, an exception or normal completion.

def cont():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return "end"

def brk():
    for i in ["a", "b"]:
        for j in range(2):
            try:
                return j
            finally:
                break
    return i

def override():
    try:
        return "try"
    finally:
        return "finally"

def nested():
    out = []
    for i in range(4):
        try:
            try:
                if i == 1:
                    return out
                if i == 2:
                    raise ValueError(i)
            finally:
                out.append(("inner", i))
                if i < 3:
                    continue
        finally:
            out.append(("outer", i))
    return out

def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i == 1:
                break
            continue
    return i

def while_loop():
    n = 0
    while True:
        n += 1
        try:
            if n > 5:
                return n * 10
        finally:
            if n < 8:
                continue
        return -1

def deep_return():
    total = 0
    for a in range(3):
        for b in range(3):
            try:
                try:
                    return (a, b)
                finally:
                    total += 1
                    if b < 2:
                        continue
            finally:
                total += 100
                if a < 2:
                    break
    return total

print(cont(), brk(), override(), nested(), swallow(), while_loop(), deep_return())
for _ in range(200):
    assert cont() == "end" and brk() == "b" and swallow() == 1
print("ok")
