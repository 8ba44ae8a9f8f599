# Nested with statements and exception propagation through several layers
depth = 0

class Layer:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        global depth
        depth += 1
        print("  " * depth + "enter " + self.name)
        return depth
    def __exit__(self, t, v, tb):
        global depth
        handled = t is not None and t.__name__ in self.swallow
        print("  " * depth + "exit " + self.name, t.__name__ if t else "-",
              "swallow" if handled else "pass")
        depth -= 1
        return handled

def run(exc):
    print("run", type(exc).__name__ if exc else None)
    try:
        with Layer("L1", swallow=("KeyError",)) as d1:
            with Layer("L2", swallow=("IndexError",)) as d2:
                with Layer("L3") as d3:
                    print("  body depths", d1, d2, d3)
                    if exc:
                        raise exc
                    print("  body finished")
                print("  after L3")
            print("  after L2")
        print("  after L1")
        return "normal"
    except Exception as e:
        return "escaped " + type(e).__name__ + ": " + str(e)

print(run(None))
print(run(IndexError("idx")))
print(run(KeyError("key")))
print(run(ValueError("val")))
print("depth back to", depth)
def nested_in_except():
    with Layer("A"):
        try:
            with Layer("B", swallow=("ZeroDivisionError",)):
                1 // 0
            print("  after B (suppressed)")
            raise NameError("n")
        except NameError as e:
            print("  caught in A:", type(e).__name__, e)
    return "done"
print(nested_in_except())
for i in range(3):
    with Layer("loop-outer"):
        for j in range(3):
            with Layer("loop-inner"):
                if j == i:
                    break
print("final depth", depth)
