# global statement: read, rebind, create from inside functions
count = 0
def inc():
    global count
    count += 1
    return count
print(inc(), inc(), count)
def make_new():
    global created_later
    created_later = "made in function"
make_new()
print(created_later)
items = [1]
def mutate_without_global():
    items.append(2)
def rebind_without_global():
    items = ["local"]
    return items
mutate_without_global()
print(rebind_without_global(), items)
def reads_global():
    return count * 10
print(reads_global())
def shadow():
    count = 1000
    return count
print(shadow(), count)
def unbound_local():
    try:
        print(count)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    count = 5
unbound_local()
total = 0
for i in range(5):
    def add(v):
        global total
        total += v
    add(i)
print(total)
def swap_globals():
    global a, b
    a, b = b, a
a, b = "A", "B"
swap_globals()
print(a, b)
def del_global():
    global temp
    del temp
temp = 1
del_global()
try:
    temp
except NameError as e:
    print("NameError:", e)
