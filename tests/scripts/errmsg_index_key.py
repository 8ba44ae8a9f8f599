# IndexError / KeyError messages from containers
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: [1, 2][2])
show(lambda: [][0])
show(lambda: [1][-2])
show(lambda: (1, 2)[5])
show(lambda: ()[0])
show(lambda: "abc"[3])
show(lambda: ""[0])
show(lambda: range(3)[3])
show(lambda: {"a": 1}["b"])
show(lambda: {1: 1}[2])
show(lambda: {(1, 2): 0}[(2, 1)])
show(lambda: [].pop())
show(lambda: [1].pop(3))
show(lambda: {}.pop("k"))
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: [1, 2].index(3))
show(lambda: [1, 2].remove(3))
show(lambda: "abc".index("d"))
show(lambda: (1, 2).index(3))
l = [1, 2, 3]
try:
    l[3] = 0
except IndexError as e:
    print("IndexError", e)
try:
    del l[5]
except IndexError as e:
    print("IndexError", e)
d = {}
try:
    del d["gone"]
except KeyError as e:
    print("KeyError", e)
try:
    d["x"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    l[1:2:0]
except ValueError as e:
    print("ValueError", e)
