# global statements
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
items = []
def add(x):
    items.append(x)
add(1); add(2)
print(items)
def reset():
    global items
    items = []
reset()
print(items)
total = 0
for i in range(5):
    total += i
print(total, i)
def uses_loop_var():
    return i + total
print(uses_loop_var())
x, y = 1, 2
def swap_globals():
    global x, y
    x, y = y, x
swap_globals()
print(x, y)
def nested_global():
    def inner():
        global counter
        counter = -1
    inner()
nested_global()
print(counter)
