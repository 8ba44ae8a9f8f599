# with inside a loop in a hot function (enough iterations for a JIT)
class Counter:
    def __init__(self):
        self.enters = 0
        self.exits = 0
        self.suppressed = 0
        self.active = False
    def __enter__(self):
        self.active = True
        self.enters += 1
        return self
    def __exit__(self, t, v, tb):
        self.active = False
        self.exits += 1
        if isinstance(v, ZeroDivisionError):
            self.suppressed += 1
            return True
        return False
def hot(n):
    c = Counter()
    total = 0
    for i in range(n):
        with c as cc:
            total += i
            if i % 7 == 0:
                total += 1 // (i % 2)   # raises for even multiples of 7
            if i % 11 == 0:
                continue
            total -= cc.enters % 3
            if i == n - 1:
                break
        if i % 1000 == 0:
            print("i", i, "total", total, "enters", c.enters, "exits", c.exits)
    return total, c.enters, c.exits, c.suppressed
print(hot(3000))
def hot_return(k):
    c = Counter()
    def inner(j):
        with c:
            if j % 3 == 0:
                return j * 2
            with Counter() as fresh:
                return fresh.enters + j
    s = 0
    for j in range(k):
        s += inner(j)
    return s, c.enters, c.exits
print(hot_return(2400))
def hot_escape(k):
    c = Counter()
    caught = 0
    for j in range(k):
        try:
            with c:
                if j % 5 == 0:
                    raise ValueError(j)
        except ValueError as e:
            caught += e.args[0]
    return caught, c.enters, c.exits, c.active
print(hot_escape(2600))
