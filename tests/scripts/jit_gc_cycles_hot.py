# Hot loops that create lots of reference cycles (garbage for the cycle
# collector) while live objects are held only in locals and loop state, so a
# collection in the middle of compiled code must see every root.


class Node:
    def __init__(self, v):
        self.v = v
        self.other = None


def make_cycles(n):
    keep = []
    live = Node(-1)
    live.other = live
    total = 0
    for i in range(n):
        a = Node(i)
        b = Node(i + 1)
        a.other = b
        b.other = a
        if i % 100 == 0:
            keep.append(a)
        total += a.other.v + b.other.v + live.other.v
    return total, len(keep), keep[-1].other.other.v, live.other.other.v


print("make_cycles", make_cycles(3000))


def list_cycles(n):
    acc = []
    s = 0
    held = [0]
    for i in range(n):
        x = [i]
        x.append(x)
        d = {"self": None, "i": i}
        d["self"] = d
        s += x[1][1][0] + d["self"]["i"]
        held[0] += 1
        if i % 500 == 0:
            acc.append(x)
    return s, held, len(acc), acc[2][1][1][0]


print("list_cycles", list_cycles(3000))


def closures_cycles(n):
    total = 0
    for i in range(n):
        def f():
            return f
        g = f
        total += (g() is f)
        tmp = [g, f]
        tmp.append(tmp)
    return total


print("closures_cycles", closures_cycles(2500))


class Tree:
    def __init__(self, parent, depth):
        self.parent = parent
        self.kids = []
        if depth > 0:
            for k in range(2):
                self.kids.append(Tree(self, depth - 1))

    def count(self):
        c = 1
        for k in self.kids:
            c += k.count()
        return c


def trees(n):
    survivors = []
    total = 0
    for i in range(n):
        t = Tree(None, 4)
        total += t.count()
        if i % 40 == 0:
            survivors.append(t.kids[0].kids[1])
    return total, len(survivors), survivors[3].parent.parent.count()


print("trees", trees(200))


def mid_loop_types(n):
    s = 0.0
    objs = []
    for i in range(n):
        o = Node(i * 0.5 if i >= 1500 else i)
        o.other = [o, (o,), {"o": o}]
        objs.append(o)
        if len(objs) > 10:
            objs.pop(0)
        s += o.other[1][0].v + o.other[2]["o"].v
    return s, [x.v for x in objs[-3:]]


print("mid_loop_types", mid_loop_types(2500))


def string_garbage(n):
    parts = []
    total = 0
    for i in range(n):
        s = "x" * (i % 50) + str(i)
        total += len(s)
        parts.append(s)
        if len(parts) > 100:
            parts = parts[50:]
    return total, len(parts), parts[-1]


print("string_garbage", string_garbage(3000))
