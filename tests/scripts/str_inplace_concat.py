# `s += t` appends in place only when nobody else holds `s`: aliases, containers,
# globals read by functions and closures must keep seeing the old value.

def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s

print(len(build(5000)), build(25))

def with_alias():
    s = "ab"
    keep = s
    s += "cd"
    parts = [s]
    s += "ef"
    return keep, parts, s

print(with_alias())

def unicode_mix():
    s = "é"
    for c in ["a", "ß", "€", "z"]:
        s += c
    return s, len(s), s[3], s.upper()

print(unicode_mix())

total = ""
def read_total():
    return total

for w in ["x", "y", "z"]:
    before = read_total()
    total += w
    print(before, total, read_total())

class Box:
    def __init__(self):
        self.text = ""
    def add(self, t):
        self.text += t
        return self

b = Box().add("a").add("b")
print(b.text)

def in_closure():
    acc = ""
    def add(t):
        nonlocal acc
        acc += t
        return acc
    first = add("1")
    add("2")
    return first, add("3")

print(in_closure())

def keys_stay_valid():
    d = {}
    k = "key"
    d[k] = 1
    k += "2"
    d[k] = 2
    return d, "key" in d

print(keys_stay_valid())

def hot_loop_type_change():
    s = ""
    for i in range(300):
        if i == 150:
            s = 0
        s += "a" if isinstance(s, str) else 1
    return s

print(hot_loop_type_change())
x = "start"
y = x
for i in range(3):
    x += str(i)
print(x, y)
