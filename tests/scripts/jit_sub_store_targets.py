# One `t[k] = v` store site in a hot loop whose target is a list first and
# then a dict, user classes with __setitem__, a tuple
# (TypeError) or a str; and list stores where the replaced item is the last
# reference to a nested list or object, so the old value must be released
# without disturbing the values that survive.


class Recorder:
    def __init__(self):
        self.log = {}
        self.count = 0

    def __setitem__(self, key, value):
        self.count += 1
        self.log[key % 5] = value

    def __getitem__(self, key):
        return self.log.get(key % 5, 0)


class Doubler:
    def __init__(self, items):
        self.items = items

    def __setitem__(self, key, value):
        self.items[key] = value * 2


def fill(t, n):
    for i in range(n):
        t[i % 8] = i
    return t


print("list", fill([0] * 8, 3000))
print("dict", sorted(fill({}, 3000).items()))
r = fill(Recorder(), 3000)
print("recorder", r.count, sorted(r.log.items()))
print("list_again", fill([None] * 8, 3000))
d = fill(Doubler([0] * 8), 3000)
print("doubler", type(d).__name__, d.items)
print("list_short", end=" ")
try:
    fill([0] * 5, 3000)
except IndexError as e:
    print("IndexError", e)
try:
    fill((0,) * 8, 3000)
except TypeError as e:
    print("tuple TypeError", e)
try:
    fill("abcdefgh", 3000)
except TypeError as e:
    print("str TypeError", e)
print("list_last", fill([1.5] * 8, 3000))


def fill_mixed_targets(n):
    targets = [[0] * 4, {k: 0 for k in range(4)}, Recorder(), [0] * 4]
    for i in range(n):
        t = targets[(i // 700) % 4]
        t[i % 4] = i
        t[(i + 1) % 4] += 1
    return targets[0], sorted(targets[1].items()), targets[2].count, sorted(targets[2].log.items()), targets[3]


print("fill_mixed_targets", fill_mixed_targets(4000))


class Node:
    def __init__(self, val, kids):
        self.val = val
        self.kids = kids


def replace_nested(n):
    slots = [[k, [k, k + 1]] for k in range(6)]
    keep = []
    for i in range(n):
        k = i % 6
        old = slots[k]
        if i % 500 == 0:
            keep.append(old)
        del old
        slots[k] = [i, [i, [i + 1]]]
    total = 0
    for s in slots:
        total += s[0] + s[1][0] + s[1][1][0]
    kept = [(x[0], x[1][0]) for x in keep]
    return total, slots[0], kept[:4], len(keep)


print("replace_nested", replace_nested(4000))


def replace_objects(n):
    nodes = [Node(k, [Node(-k, [])]) for k in range(5)]
    survivors = []
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        k = i % 5
        if i % 777 == 0:
            survivors.append(nodes[k])
        nodes[k] = Node(i, [Node(i * 2, [Node(i * 3, [])])])
    vals = [(x.val, x.kids[0].val, x.kids[0].kids[0].val) for x in nodes]
    surv = [(x.val, x.kids[0].val) for x in survivors]
    return vals, surv


print("replace_objects", replace_objects(4000))


def replace_self_reference(n):
    # the new item wraps the item it replaces; odd steps share a neighbour
    xs = [[-1, None]] * 3
    for i in range(n):
        k = i % 3
        if i % 97 == 0:
            xs[k] = [i, None]
        elif i % 2:
            xs[k] = xs[(k + 1) % 3]
        else:
            xs[k] = [i, xs[k]]
    out = []
    for k in range(3):
        depth = 0
        cur = xs[k]
        while cur is not None:
            depth += 1
            last = cur[0]
            cur = cur[1]
        out.append((xs[k][0], depth, last))
    return out


print("replace_self_reference", replace_self_reference(3000))


def store_own_item(n):
    xs = [[1, 2], [3, 4], [5, 6]]
    for i in range(n):
        k = i % 3
        xs[k] = xs[k]
        xs[k] = xs[k][:]
        xs[k][0] += 1
    return xs


print("store_own_item", store_own_item(3000))


def store_list_into_itself(n):
    xs = [0, 0, 0]
    for i in range(n):
        xs[i % 3] = xs if i % 1000 == 999 else i
    return [x if type(x) is int else "self" for x in xs], xs[2] is xs


print("store_list_into_itself", store_list_into_itself(3000))


def released_strings(n):
    xs = [""] * 4
    total = 0
    for i in range(n):
        k = i % 4
        xs[k] = "v" + str(i) + "x" * (i % 13)
        total += len(xs[k])
    return total, xs


print("released_strings", released_strings(4000))


def store_dict_values_through_list(n):
    rows = [{"n": 0} for _ in range(4)]
    for i in range(n):
        row = rows[i % 4]
        row["n"] += i
        if i % 1000 == 999:
            rows[i % 4] = {"n": row["n"] // 2}
    return [r["n"] for r in rows]


print("store_dict_values_through_list", store_dict_values_through_list(4000))


class Grid:
    def __init__(self, w):
        self.w = w
        self.cells = [0] * (w * w)

    def __setitem__(self, pos, v):
        r, c = pos
        self.cells[r * self.w + c] = v

    def __getitem__(self, pos):
        r, c = pos
        return self.cells[r * self.w + c]


def grid_fill(g, n):
    for i in range(n):
        r = i % 4
        c = (i // 4) % 4
        g[r, c] = g[r, c] + i
    return g


g = grid_fill(Grid(4), 3000)
print("grid_fill", g.cells)
dg = grid_fill({(r, c): 0 for r in range(4) for c in range(4)}, 3000)
print("grid_fill_dict", [dg[r, c] for r in range(4) for c in range(4)])
