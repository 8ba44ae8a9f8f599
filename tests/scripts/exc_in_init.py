# exceptions raised in __init__ propagate; object is not created
class Positive:
    created = 0
    def __init__(self, v):
        if not isinstance(v, int):
            raise TypeError("expected int, got " + type(v).__name__)
        if v <= 0:
            raise ValueError("must be positive: " + str(v))
        self.v = v
        Positive.created += 1
made = []
for v in [3, -1, "x", 7, 0, 2.5]:
    try:
        made.append(Positive(v).v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(made, Positive.created)
class Parent:
    def __init__(self, n):
        if n > 2:
            raise RuntimeError("parent refuses " + str(n))
        self.n = n
class Child(Parent):
    def __init__(self, n):
        print("child init start", n)
        super().__init__(n)
        print("child init end", n)
for n in [1, 5]:
    try:
        c = Child(n)
        print("made child", c.n)
    except RuntimeError as e:
        print("RuntimeError", e)
class Half:
    def __init__(self, data):
        self.data = data
        self.first = data[0]
        self.parsed = int(data)
obj = None
try:
    obj = Half("")
except IndexError as e:
    print("IndexError", e, obj)
try:
    obj = Half("q")
except ValueError as e:
    print("ValueError", e, obj)
try:
    Positive()
except TypeError as e:
    print("TypeError", e)
try:
    Positive(1, 2)
except TypeError as e:
    print("TypeError", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
