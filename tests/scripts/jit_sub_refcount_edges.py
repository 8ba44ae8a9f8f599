# Ownership edges of the in-place fast paths: `v, node = node` walks a cons
# list where the unpacked tuple's last reference is the variable being
# overwritten; `xs[k] = xs[k]` and stores whose new value is built from the
# old item; pairs whose items are fresh temporaries; list items unpacked
# and then released by clearing the list inside the loop body.


def cons_list(n):
    node = None
    for i in range(n):
        node = ("v" + str(i), node)
    return node


def walk(node):
    count = 0
    total = 0
    last = None
    while node is not None:
        v, node = node
        count += 1
        total += len(v)
        last = v
    return count, total, last


print("walk", walk(cons_list(4000)))
print("walk_again", walk(cons_list(3000)))


def walk_big(n):
    node = None
    for i in range(n):
        node = (2 ** 64 + i, node) if i % 2 else ([i, str(i)], node)
    s = 0
    lists = 0
    while node:
        v, node = node
        if type(v) is list:
            lists += 1
            s += v[0] + len(v[1])
        else:
            s += v % 1000
    return s, lists


print("walk_big", walk_big(4000))


def walk_other_order(n):
    node = None
    for i in range(n):
        node = (node, [i] * 3)
    s = 0
    while node is not None:
        node, v = node
        s += v[0] + v[2]
    return s


print("walk_other_order", walk_other_order(4000))


def tree_sum(n):
    # a balanced tree of pairs flattened with an explicit stack
    leaves = [("leaf" + str(i), i) for i in range(n)]
    while len(leaves) > 1:
        nxt = []
        for k in range(0, len(leaves) - 1, 2):
            nxt.append((leaves[k], leaves[k + 1]))
        if len(leaves) % 2:
            nxt.append(leaves[-1])
        leaves = nxt
    stack = [leaves[0]]
    leaves = None
    total = 0
    names = 0
    chk = 0
    while stack:
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        left, right = stack.pop()
        if type(left) is str:
            names += len(left)
            total += right
        else:
            stack.append(left)
            stack.append(right)
    return total, names


print("tree_sum", tree_sum(3000))


def self_store(n):
    xs = [[k, str(k)] for k in range(4)]
    s = 0
    for i in range(n):
        k = i % 4
        xs[k] = xs[k]
        xs[k] = xs[k] + [i]
        xs[k] = xs[k][-2:]
        s += len(xs[k][0]) if type(xs[k][0]) is str else xs[k][0]
    return s, xs


print("self_store", self_store(4000))


def store_from_old(n):
    xs = ["a", "b", "c"]
    for i in range(n):
        k = i % 3
        xs[k] = (xs[k] + str(i % 10))[-6:]
    return xs


print("store_from_old", store_from_old(5000))


def store_wrapped(n):
    xs = [0, 0]
    for i in range(n):
        k = i % 2
        xs[k] = (xs[k], i) if i % 50 else i
    out = []
    for k in range(2):
        v = xs[k]
        depth = 0
        while type(v) is tuple:
            v, last = v
            depth += 1
        out.append((v, depth))
    return out


print("store_wrapped", store_wrapped(4000))


def unpack_then_clear(n):
    s = 0
    chk = 0
    for i in range(n):
        # padding: inline int work, so the loop is compiled at the default setting
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        chk = (chk * 31 + 7) & 65535
        pairs = [("k" + str(i), [i, i + 1])]
        k, v = pairs[0]
        pairs.clear()
        pairs = None
        s += len(k) + v[1] - v[0]
    return s


print("unpack_then_clear", unpack_then_clear(4000))


def for_pairs_overwrite(n):
    pairs = [(str(i), [i]) for i in range(n)]
    s = 0
    idx = 0
    for k, v in pairs:
        pairs[idx] = None
        s += len(k) + v[0]
        idx += 1
    return s, pairs.count(None)


print("for_pairs_overwrite", for_pairs_overwrite(4000))


def for_pairs_clear(n):
    pairs = [(str(i) * 3, [i, -i]) for i in range(n)]
    seen = 0
    keep = []
    for k, v in pairs:
        seen += 1
        if seen == n // 2:
            pairs.clear()
        keep.append((k, v))
    return seen, keep[-1], len(keep)


print("for_pairs_clear", for_pairs_clear(4000))


def pairs_of_temporaries(n):
    out = []
    for i in range(n):
        p = (str(i) + "x", [i] * 2)
        q = (p[1], p[0])
        if i % 1000 == 999:
            out.append(q)
        p = None
    return out


print("pairs_of_temporaries", pairs_of_temporaries(4000))


def reassign_tuple_var(n):
    t = ("a", "b")
    s = ""
    for i in range(n):
        a, b = t
        t = (b, a + str(i % 2))[:2]
        t = (t[0][-3:], t[1][-3:])
        if i % 997 == 0:
            s += t[0] + t[1] + "|"
    return s, t


print("reassign_tuple_var", reassign_tuple_var(4000))


def unpack_same_name(n):
    s = 0
    for i in range(n):
        a, a = (i, [i * 2])
        b, c = c, b = (i, i + 1)
        s += a[0] + b - c
    return s, a, b, c


print("unpack_same_name", unpack_same_name(3000))
